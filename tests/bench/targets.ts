// The targets the benchmarks are held to (issue "Scale, speed and resilience"), checked on one run.
import type { ApiRow } from './api-bench.ts';
import type { ClientRow } from './client-render.ts';
import type { LoadFigures } from './load-bench.ts';
import { round } from './measure.ts';

export interface TargetResult {
  name: string;
  met: boolean;
  detail: string;
}

/** Interactive: a view or a search answers within this at concurrency 1 (p95). */
export const INTERACTIVE_MS = 300;

export function checkTargets({ load, api, client }: { load?: LoadFigures; api: ApiRow[]; client: ClientRow[] }): TargetResult[] {
  const out: TargetResult[] = [];
  if (load) out.push({ name: 'batched load >= 20x the naive loader', met: load.ratio >= 20, detail: `x${load.ratio}` });
  const c32 = api.filter((r) => r.concurrency === 32);
  if (c32.length) {
    const worst = c32.reduce((a, b) => (b.p95Ms / b.driverP95Ms > a.p95Ms / a.driverP95Ms ? b : a));
    out.push({
      name: 'API p95 within 1.5x of the driver at concurrency 32',
      met: c32.every((r) => r.p95Ms <= 1.5 * r.driverP95Ms),
      detail: `worst ${worst.endpoint} x${worst.scale}: x${round(worst.p95Ms / worst.driverP95Ms, 2)}`,
    });
  }
  const maxScale = Math.max(...api.map((r) => r.scale));
  for (const endpoint of ['/api/graph', '/api/search']) {
    const r = api.find((x) => x.endpoint === endpoint && x.scale === maxScale && x.concurrency === 1);
    if (r)
      out.push({
        name: `${endpoint} interactive at x${maxScale} (p95 <= ${INTERACTIVE_MS} ms at c=1)`,
        met: r.p95Ms <= INTERACTIVE_MS,
        detail: `p95 ${r.p95Ms} ms`,
      });
  }
  for (const c of client.filter((x) => x.elements >= 4000 && x.renderer === 'canvas')) {
    const speed = c.rendersPerSec / c.baselineRendersPerSec;
    const first = c.firstRenderMs / c.baselineFirstRenderMs;
    out.push({
      name: `explorer at ${c.elements} elements: >= 1.5x the baseline's renders/s, first render <= 1.2x`,
      met: speed >= 1.5 && first <= 1.2,
      detail: `renders x${round(speed, 2)}, first render x${round(first, 2)}`,
    });
  }
  return out;
}
