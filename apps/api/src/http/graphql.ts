import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { Database } from '@blk/db';
import type { Lang } from '@blk/domain';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { type Context, createContext, type Viewer } from '../graphql/context';
import { QUERY_LIMITS, queryArmor } from '../graphql/query-limits';
import { schema } from '../graphql/schema';
import type { AttachmentStorage } from '../modules/attachments/storage';
import { setSessionCookie } from '../modules/auth/session-cookie';
import { formatError } from './format-error';
import { httpStatusPlugin } from './http-status';
import { currentRequestScope, runInRequestScope } from './request-scope';

/** Picks Indonesian unless the client asks for English first. */
export function requestLang(req: Pick<Request, 'headers'>): Lang {
  const header = String(
    req.headers['x-lang'] ?? req.headers['accept-language'] ?? '',
  ).toLowerCase();
  return header.trim().startsWith('en') ? 'en' : 'id';
}

/** Finds the caller: the auth module registers its resolver here (session cookie, API key). */
export type ViewerResolver = (req: Request, res: Response, db: Database) => Promise<Viewer>;

/** Creates the Apollo server; `start()` must be awaited before mounting the middleware. */
export function createGraphqlServer(logger: Logger) {
  const protection = queryArmor();
  return new ApolloServer<Context>({
    schema,
    introspection: true,
    csrfPrevention: true,
    // main.ts drains HTTP, the outbox and the database in order; Apollo must not race it.
    stopOnTerminationSignals: false,
    ...protection,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // No client uses automatic persisted queries; every such request gets a typed 400.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    // No field has a cache hint, so Apollo's default cache-control plugin only ever answered
    // `no-store`, at the price of a hook around every resolved field (a CPU profile of the staff
    // list: 5% of the process). httpStatusPlugin sends that header instead.
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      httpStatusPlugin(),
    ],
    validationRules: [...protection.validationRules],
    formatError: (formatted, error) => {
      const request = currentRequestScope();
      return formatError(formatted, error, request?.lang ?? 'id', request?.requestId, (e) =>
        logger.error({ err: e, reqId: request?.requestId }, 'unexpected error in a resolver'),
      );
    },
  });
}

/** The express handler for /graphql. */
export function graphqlHandler(
  server: ApolloServer<Context>,
  db: Database,
  resolveViewer: ViewerResolver,
  attachments: AttachmentStorage,
): RequestHandler {
  const handler = expressMiddleware(server, {
    context: async ({ req, res }) =>
      createContext(db, {
        viewer: await resolveViewer(req, res, db),
        lang: requestLang(req),
        requestId: String(req.id ?? crypto.randomUUID()),
        ip: req.ip ?? 'unknown',
        userAgent: req.headers['user-agent'] ?? null,
        setSessionCookie: (token, expiresAt) => setSessionCookie(res, token, expiresAt),
        attachments,
      }),
  });
  return (req, res, next) =>
    runInRequestScope({ lang: requestLang(req), requestId: String(req.id) }, () =>
      handler(req, res, next),
    );
}
