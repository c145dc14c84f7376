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
import { apiSecurityHeaders, inlineDocumentSecurityHeaders } from './http/security-headers';
import { apiKeyPlugin } from './modules/api-keys/api-key-plugin';
import { attachmentRoutes } from './modules/attachments/attachment-routes';
import { DEFAULT_ATTACHMENTS_DIR, LocalFolderStorage } from './modules/attachments/storage';
import { resolveViewer } from './modules/auth/sessions';
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
      genReqId: (req, res) => {
        const id = String(req.headers['x-request-id'] ?? crypto.randomUUID()).slice(0, 64);
        res.setHeader('x-request-id', id);
        return id;
      },
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
    const ok = await db.ping().catch(() => false);
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'ready' : 'database unavailable', database: db.kind });
  });
  const env = options.env ?? loadEnv();
  configureTokenSecret(resolveTokenSecret(env).secret);
  app.get('/metrics', metrics.endpoint(env.BLK_METRICS_TOKEN));
  app.use(
    attachmentRoutes(db, {
      storage: new LocalFolderStorage(env.BLK_ATTACHMENTS_DIR ?? DEFAULT_ATTACHMENTS_DIR),
      maxUploadBytes: env.BLK_UPLOAD_MAX_BYTES,
      logger: options.logger,
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
    graphqlHandler(graphql, db, options.resolveViewer ?? fromSessionOrApiKey),
    graphqlBodyErrors(),
  );
  app.use(notFoundJson());
  app.use(finalErrorHandler(options.logger));
  return { app, stop: () => graphql.stop() };
}
