import type { ApolloServerPlugin } from '@apollo/server';
import type { Database } from '@blk/db';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from '../graphql/context';

/** An operation name as a label: bounded, so a caller cannot blow up the series count. */
function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'invalid';
}

/** The first path segment (`/graphql`, `/attachments`, …): the route, without ids. */
/**
 * The route label: the API's own first segments and the admin app; every other path (the public
 * app's pages, and whatever a scanner tries) is `/other`, so the label set stays bounded.
 */
const ROUTES = new Set([
  'graphql',
  'graphiql',
  'uploads',
  'attachments',
  'documents',
  'exports',
  'healthz',
  'readyz',
  'metrics',
  'admin',
  'assets',
]);
function routeLabel(path: string): string {
  const first = path.split('/')[1] ?? '';
  return ROUTES.has(first) ? `/${first}` : '/other';
}

/**
 * Prometheus metrics of one API process (prom-client, its own registry): HTTP and GraphQL
 * latency, errors by code, the notification outbox, open and overdue requests per SOP step,
 * and the process (memory, CPU, event loop). Served at /metrics.
 */
export function createMetrics(db: Database) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'blk_' });
  const http = new Histogram({
    name: 'blk_http_request_duration_seconds',
    help: 'HTTP requests by method, route (first path segment) and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const operations = new Histogram({
    name: 'blk_graphql_operation_duration_seconds',
    help: 'GraphQL operations by name and type.',
    labelNames: ['operation', 'type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'blk_graphql_errors_total',
    help: 'GraphQL errors answered, by code (union results such as ValidationError excluded).',
    labelNames: ['code'],
    registers: [registry],
  });
  new Gauge({
    name: 'blk_outbox_messages',
    help: 'Notification outbox rows by status (pending backlog, sending, sent, failed).',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const groups = await db.prisma.notificationOutbox.groupBy({
        by: ['status'],
        _count: { _all: true },
      });
      this.reset();
      for (const status of ['pending', 'sending', 'sent', 'failed']) this.set({ status }, 0);
      for (const g of groups) this.set({ status: g.status }, g._count._all);
    },
  });
  /** A gauge of open requests per current SOP step, read from the database at each scrape. */
  const perStep = (name: string, help: string, where: () => object) =>
    new Gauge({
      name,
      help,
      labelNames: ['step'],
      registers: [registry],
      async collect() {
        const groups = await db.prisma.trainingRequest.groupBy({
          by: ['state'],
          where: { closedAt: null, ...where() },
          _count: { _all: true },
        });
        this.reset();
        for (const g of groups) this.set({ step: g.state }, g._count._all);
      },
    });
  perStep('blk_requests_open', 'Open requests by current SOP step.', () => ({}));
  perStep(
    'blk_requests_overdue',
    'Open requests past the deadline of their current SOP step, by step.',
    () => ({ stepDueAt: { lt: new Date() } }),
  );

  /** Times every HTTP request. */
  const middleware: RequestHandler = (req, res, next) => {
    const end = http.startTimer();
    // Read now: routers mounted on a prefix (app.use('/graphql', …)) rewrite req.path later.
    const route = routeLabel(req.path);
    res.on('finish', () => end({ method: req.method, route, status: String(res.statusCode) }));
    next();
  };

  /** Times every GraphQL operation and counts the errors it answered, by code. */
  const apolloPlugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      const end = operations.startTimer();
      return {
        async didEncounterErrors({ errors: list }) {
          for (const e of list) errors.inc({ code: String(e.extensions?.code ?? 'INTERNAL') });
        },
        async willSendResponse({ request, operation }) {
          end({
            operation: operationLabel(request.operationName ?? operation?.name?.value),
            type: operation?.operation ?? 'unknown',
          });
        },
      };
    },
  };

  /**
   * The scrape endpoint: with `token` set, a matching `Authorization: Bearer` is required;
   * without one, only direct callers on this machine (a local Prometheus) are answered.
   */
  const endpoint =
    (token: string | undefined) => async (req: Request, res: Response, next: NextFunction) => {
      try {
        const allowed = token
          ? req.headers.authorization === `Bearer ${token}`
          : ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '') &&
            // Through a reverse proxy on this machine the socket is local too: refuse those.
            req.headers['x-forwarded-for'] === undefined;
        if (!allowed) {
          res.status(403).json({ error: { code: 'FORBIDDEN', message: 'metrics are private' } });
          return;
        }
        res.type(registry.contentType).send(await registry.metrics());
      } catch (error) {
        next(error);
      }
    };

  return { registry, middleware, apolloPlugin, endpoint };
}
