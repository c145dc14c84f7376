import type { Database } from '@blk/db';
import express from 'express';

/** The HTTP application: health endpoints now, GraphQL next. */
export function createApp(db: Database): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await db.ping().catch(() => false);
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'ready' : 'database unavailable', database: db.kind });
  });
  return app;
}
