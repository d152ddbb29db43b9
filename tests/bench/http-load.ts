// HTTP load with autocannon (keep-alive connections, one request in flight per connection):
// every response's latency is kept, so p50/p95/p99 are exact, like closedLoop's for the driver.
// With `amount`, it sends exactly that many requests and waits for every answer (none dropped at
// a deadline, which would keep only the fast ones).
import autocannon from 'autocannon';
import { percentile, type LoadResult } from './measure.ts';

export async function httpLoad(
  url: string,
  opts: { connections: number; durationMs: number; amount?: number; body?: object },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: opts.connections,
        ...(opts.amount ? { amount: opts.amount, timeout: 120 } : { duration: opts.durationMs / 1000 }),
        ...(opts.body ? { method: 'POST' as const, body: JSON.stringify(opts.body), headers: { 'content-type': 'application/json' } } : {}),
      },
      (err: unknown, res: autocannon.Result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    requests: latencies.length,
    rps: latencies.length / result.duration,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    errors,
    firstError: errors ? `${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts` : undefined,
  };
}
