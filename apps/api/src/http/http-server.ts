import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Env } from '../env';

/** The listening HTTP server and its graceful stop. */
export interface HttpServer {
  readonly server: http.Server;
  /** `http://host:port` once listening. */
  readonly url: string;
  /**
   * Stops accepting connections, answers every further response with `Connection: close`,
   * closes idle keep-alive sockets and waits for in-flight requests, at most `timeoutMs`; then
   * cuts what is left. Resolves with whether it had to cut.
   */
  drain(timeoutMs: number): Promise<{ forced: boolean }>;
}

type Timeouts = Pick<
  Env,
  'HTTP_REQUEST_TIMEOUT_S' | 'HTTP_HEADERS_TIMEOUT_S' | 'HTTP_KEEP_ALIVE_TIMEOUT_S'
>;

/** How often idle keep-alive sockets are closed while draining (one may turn idle any time). */
const IDLE_SWEEP_MS = 100;

/**
 * Serves `handler` on host:port with the timeouts from the env module. Node's own `close()`
 * leaves keep-alive connections open to new requests, so a busy server never drained and was
 * cut at the shutdown timeout, in-flight transactions included (issue 15, defect 4).
 */
export async function startHttpServer(
  handler: http.RequestListener,
  options: Timeouts & { port: number; host: string },
): Promise<HttpServer> {
  let draining = false;
  const server = http.createServer((req, res) => {
    if (draining) res.setHeader('Connection', 'close');
    handler(req, res);
  });
  server.requestTimeout = options.HTTP_REQUEST_TIMEOUT_S * 1000;
  server.headersTimeout = options.HTTP_HEADERS_TIMEOUT_S * 1000;
  server.keepAliveTimeout = options.HTTP_KEEP_ALIVE_TIMEOUT_S * 1000;
  // Requests under way when the drain starts: their response has not been written yet.
  const pending = new Set<http.ServerResponse>();
  server.on('request', (_req, res: http.ServerResponse) => {
    pending.add(res);
    res.once('close', () => pending.delete(res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let drained: Promise<{ forced: boolean }> | undefined;
  const drain = (timeoutMs: number) => {
    drained ??= new Promise((resolve) => {
      draining = true;
      for (const res of pending) if (!res.headersSent) res.setHeader('Connection', 'close');
      let forced = false;
      const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
      const deadline = setTimeout(() => {
        forced = true;
        server.closeAllConnections();
      }, timeoutMs);
      server.close(() => {
        clearInterval(sweep);
        clearTimeout(deadline);
        resolve({ forced });
      });
      server.closeIdleConnections();
    });
    return drained;
  };
  return { server, url: `http://${host}:${address.port}`, drain };
}
