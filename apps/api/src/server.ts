import type { Database } from '@blk/db';
import express from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { type Env, loadEnv } from './env';
import {
  finalErrorHandler,
  graphqlBodyErrors,
  graphqlJsonBody,
  notFoundJson,
} from './http/body-errors';
import { graphiqlRoutes } from './http/graphiql/graphiql';
import { createGraphqlServer, graphqlHandler, type ViewerResolver } from './http/graphql';
import { createMetrics } from './http/metrics';
import { REQUEST_ID_HEADER, requestIdFor } from './http/request-id';
import { apiSecurityHeaders, inlineDocumentSecurityHeaders } from './http/security-headers';
import { type BuiltApps, builtAppsRouter } from './http/static-apps';
import { apiKeyPlugin } from './modules/api-keys/api-key-plugin';
import { attachmentRoutes } from './modules/attachments/attachment-routes';
import type { AttachmentStorage } from './modules/attachments/storage';
import { createAttachmentStorage } from './modules/attachments/storage-config';
import { resolveViewer } from './modules/auth/sessions';
import { type OutboxHeartbeat, outboxReadiness } from './modules/notifications/outbox-worker';
import { exportsRouter } from './modules/performance/exports.http';
import { configureTokenSecret, resolveTokenSecret } from './modules/shared/token-secret';
import { documentsRouter } from './modules/sop/documents.http';

const fromSessionOrApiKey: ViewerResolver = (req, _res, db) => resolveViewer(req, db);

/** Options for {@link createApp}. */
export interface AppOptions {
  logger: Logger;
  resolveViewer?: ViewerResolver;
  /** Configuration; read from the environment when omitted (tests). */
  env?: Env;
  /** This process's outbox worker, when it runs one: /readyz fails when it stops beating. */
  outbox?: OutboxHeartbeat | null;
  /** Built web apps to serve (production: one process serves the API and both apps). */
  apps?: BuiltApps | null;
  /** Attachment store; built from the configuration when omitted. */
  storage?: AttachmentStorage;
}

/**
 * The HTTP application: /graphql, /graphiql, /uploads, /attachments/:id, /healthz, /readyz.
 * Await it: Apollo must start first.
 */
export async function createApp(db: Database, options: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: options.logger,
      // Every response carries its trace id (`X-Request-Id`); the same id is `reqId` in every log
      // line of the request and `extensions.requestId` in GraphQL errors (docs/operations.md).
      genReqId: (req, res) => {
        const id = requestIdFor(req.headers[REQUEST_ID_HEADER]);
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      // Lines logged through req.log carry `reqId`; the request's own line also `req` and `res`.
      quietReqLogger: true,
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );
  app.use(apiSecurityHeaders());
  const metrics = createMetrics(db);
  app.use(metrics.middleware);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const database = await db.ping().catch(() => false);
    const outbox = options.outbox ? outboxReadiness(options.outbox, Date.now()) : null;
    const status = !database
      ? 'database unavailable'
      : outbox?.stalled
        ? 'outbox worker stalled'
        : 'ready';
    res.status(status === 'ready' ? 200 : 503).json({
      status,
      database: db.kind,
      outbox: outbox ? { lastBeatAt: outbox.lastBeatAt, staleAfterMs: outbox.staleAfterMs } : 'off',
    });
  });
  const env = options.env ?? loadEnv();
  configureTokenSecret(resolveTokenSecret(env).secret);
  app.get('/metrics', metrics.endpoint(env.BLK_METRICS_TOKEN));
  const storage = options.storage ?? (await createAttachmentStorage(db, env));
  app.use(
    attachmentRoutes(db, {
      storage,
      maxUploadBytes: env.BLK_UPLOAD_MAX_BYTES,
    }),
  );
  app.use(graphiqlRoutes(options.logger));
  app.use('/documents', inlineDocumentSecurityHeaders());
  app.use(documentsRouter(db), exportsRouter(db));
  const graphql = createGraphqlServer(options.logger);
  graphql.addPlugin(apiKeyPlugin());
  graphql.addPlugin(metrics.apolloPlugin);
  await graphql.start();
  app.use(
    '/graphql',
    graphqlJsonBody(env.BLK_BODY_MAX_BYTES),
    graphqlHandler(
      graphql,
      db,
      options.resolveViewer ?? fromSessionOrApiKey,
      storage,
      options.logger,
    ),
    graphqlBodyErrors(),
  );
  if (options.apps) app.use(builtAppsRouter(options.apps));
  app.use(notFoundJson());
  app.use(finalErrorHandler(options.logger));
  return {
    app,
    storage,
    stop: async () => {
      await graphql.stop();
      if (!options.storage) await storage.close();
    },
  };
}
