// Starts the HTTP server for an app. Requests Node's HTTP parser refuses before the app sees
// them (headers or URL over 16 kB, malformed request lines, header timeouts) get a JSON answer in
// the app's error shape, `{ error: { code, message } }`, instead of Node's empty one.
import http, { type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RequestListener } from 'node:http';

const REFUSALS: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: 'headers_too_large',
    message: 'The request line and headers are larger than the server accepts (16 kB): shorten the URL or the headers.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    code: 'request_timeout',
    message: 'The request did not arrive in time.',
  },
};
const BAD_REQUEST = { status: 400, reason: 'Bad Request', code: 'bad_request', message: 'The server could not parse this HTTP request.' };

/** The raw HTTP response for a parse error (exported for tests). */
export function clientErrorResponse(errCode: string | undefined): string {
  const r = (errCode && REFUSALS[errCode]) || BAD_REQUEST;
  const body = JSON.stringify({ error: { code: r.code, message: r.message } });
  return [
    `HTTP/1.1 ${r.status} ${r.reason}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

function onClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  // Never write into a response already under way, nor to a peer that has gone.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (err.code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) {
    // end() then destroy once written: the answer is flushed before the socket goes.
    socket.end(clientErrorResponse(err.code), () => socket.destroy());
    setTimeout(() => socket.destroy(), 2000).unref();
    return;
  }
  socket.destroy();
}

/** Creates the HTTP server for `app` and listens on port/host; rejects on a listen error (e.g. EADDRINUSE). */
export function listen(app: RequestListener, port: number, host: string): Promise<Server> {
  const server = http.createServer(app);
  server.on('clientError', onClientError);
  return new Promise<Server>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server);
    });
  });
}
