import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import type { Env } from '../env';

/** The listening HTTP server and its graceful stop. */
export interface HttpServer {
  readonly server: http.Server;
  /** `http://host:port` once listening. */
  readonly url: string;
  /**
   * Stops accepting connections, answers every further response with `Connection: close`,
   * closes keep-alive sockets that stay idle, and waits for in-flight requests, at most
   * `timeoutMs`; then cuts what is left. Resolves with whether it had to cut.
   */
  drain(timeoutMs: number): Promise<{ forced: boolean }>;
}

type Timeouts = Pick<
  Env,
  'HTTP_REQUEST_TIMEOUT_S' | 'HTTP_HEADERS_TIMEOUT_S' | 'HTTP_KEEP_ALIVE_TIMEOUT_S'
>;

/** How often idle keep-alive sockets are looked at while draining. */
const SWEEP_MS = 100;
/**
 * How long a keep-alive socket may stay idle once the drain has begun before it is closed. Node
 * counts a socket as idle until it has parsed the next request, so on a busy server a request
 * already sent may still wait unread; closing at once would drop it unanswered. In this grace
 * it is read and answered (with `Connection: close`).
 */
const IDLE_GRACE_MS = 1_000;

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
  const server = http.createServer(
    {
      // Node looks for timed-out requests on this interval (30 s by default), so a slow client is
      // cut between the timeout and the timeout plus the interval: at 60 s headers, 60-90 s.
      // Half the headers timeout keeps that default and makes short timeouts exact enough.
      connectionsCheckingInterval: Math.min(30_000, (options.HTTP_HEADERS_TIMEOUT_S * 1000) / 2),
    },
    (req, res) => {
      if (draining) res.setHeader('Connection', 'close');
      handler(req, res);
    },
  );
  server.requestTimeout = options.HTTP_REQUEST_TIMEOUT_S * 1000;
  server.headersTimeout = options.HTTP_HEADERS_TIMEOUT_S * 1000;
  server.keepAliveTimeout = options.HTTP_KEEP_ALIVE_TIMEOUT_S * 1000;
  // Each open socket: the response it is writing, or since when it has been idle.
  const sockets = new Map<Socket, { res?: http.ServerResponse; idleSince: number }>();
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { idleSince: Date.now() });
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const state = sockets.get(req.socket);
    if (!state) return;
    state.res = res;
    res.once('finish', () => {
      state.res = undefined;
      state.idleSince = Date.now();
    });
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

  const closeIdle = (graceMs: number) => {
    const now = Date.now();
    for (const [socket, state] of sockets)
      if (!state.res && now - state.idleSince >= graceMs) socket.destroy();
  };
  let drained: Promise<{ forced: boolean }> | undefined;
  const drain = (timeoutMs: number) => {
    drained ??= new Promise((resolve) => {
      draining = true;
      const started = Date.now();
      for (const state of sockets.values()) {
        if (state.res && !state.res.headersSent) state.res.setHeader('Connection', 'close');
        // Idle before the drain: its grace starts now.
        if (!state.res) state.idleSince = Math.max(state.idleSince, started);
      }
      let forced = false;
      const sweep = setInterval(() => closeIdle(IDLE_GRACE_MS), SWEEP_MS);
      const deadline = setTimeout(() => {
        forced = true;
        server.closeAllConnections();
      }, timeoutMs);
      // net.Server's close, not http.Server's: that one also closes idle sockets at once.
      net.Server.prototype.close.call(server, () => {
        clearInterval(sweep);
        clearTimeout(deadline);
        resolve({ forced });
      });
    });
    return drained;
  };
  return { server, url: `http://${host}:${address.port}`, drain };
}
