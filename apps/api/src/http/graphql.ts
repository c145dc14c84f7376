import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Database } from '@blk/db';
import type { Lang } from '@blk/domain';
import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { type Context, createContext, type Viewer } from '../graphql/context';
import { QUERY_LIMITS, queryArmor } from '../graphql/query-limits';
import { schema } from '../graphql/schema';
import type { AttachmentStorage } from '../modules/attachments/storage';
import { setSessionCookie } from '../modules/auth/session-cookie';
import { catalogueCachePlugin } from '../modules/catalogue/catalogue-cache';
import { formatError } from './format-error';
import { httpStatusPlugin } from './http-status';
import { noteErrorScope, type RequestScope, scopeOfError } from './request-scope';

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
      errorScopePlugin,
      // The public catalogue from the result last executed (cleared by every catalogue write).
      catalogueCachePlugin,
    ],
    validationRules: [...protection.validationRules],
    formatError: (formatted, error) => {
      const request = scopeOfError(error);
      if (request) return formatScoped(logger, formatted, error, request);
      // Refused before the request reached a plugin (CSRF, a malformed body): graphqlHandler
      // formats it with the request's language and id.
      return { ...formatted, extensions: { ...formatted.extensions, [UNSCOPED]: true } };
    },
  });
}

function formatScoped(
  logger: Logger,
  formatted: GraphQLFormattedError,
  error: unknown,
  request: RequestScope,
) {
  return formatError(formatted, error, request.lang, request.requestId, (e) =>
    logger.error({ err: e, reqId: request.requestId }, 'unexpected error in a resolver'),
  );
}

/** Maps each request's errors to its scope before Apollo formats them (formatError has no context). */
const errorScopePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        noteErrorScope(contextValue, errors);
      },
    };
  },
};

/** Marks an error formatError could not place; never leaves the server. */
const UNSCOPED = 'blkUnscopedError';

/**
 * Errors Apollo answered before any plugin saw the request (always an HTTP 4xx or 5xx) leave
 * formatError without a scope, marked; they are formatted here, where the request is known.
 */
function formatUnscoped(
  logger: Logger,
  body: string,
  status: number,
  request: RequestScope,
): string {
  if (!body.includes(UNSCOPED)) return body;
  const parsed = JSON.parse(body) as { errors?: GraphQLFormattedError[] };
  const errors = parsed.errors?.map((e) => {
    if (!e.extensions?.[UNSCOPED]) return e;
    const { [UNSCOPED]: _, ...extensions } = e.extensions;
    const unmarked = { ...e, extensions };
    const error = new GraphQLError(e.message, { extensions: { ...extensions, http: { status } } });
    return formatScoped(logger, unmarked, error, request);
  });
  return `${JSON.stringify({ ...parsed, errors })}\n`;
}

/** The express handler for /graphql. */
export function graphqlHandler(
  server: ApolloServer<Context>,
  db: Database,
  resolveViewer: ViewerResolver,
  attachments: AttachmentStorage,
  logger: Logger,
): RequestHandler {
  server.assertStarted('graphqlHandler()');
  // What @as-integrations/express5 does, plus the request's scope for errors refused early.
  return async (req, res, next) => {
    if (!('body' in req)) {
      res.status(500).send('`req.body` is not set: the JSON body parser must run first.');
      return;
    }
    try {
      const scope: RequestScope = {
        lang: requestLang(req),
        requestId: String(req.id ?? crypto.randomUUID()),
      };
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const query = req.url.indexOf('?');
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers,
          search: query < 0 ? '' : req.url.slice(query),
          body: req.body,
        },
        context: async () => {
          try {
            return createContext(db, {
              viewer: await resolveViewer(req, res, db),
              lang: scope.lang,
              requestId: scope.requestId,
              ip: req.ip ?? 'unknown',
              userAgent: req.headers['user-agent'] ?? null,
              setSessionCookie: (token, expiresAt) => setSessionCookie(res, token, expiresAt),
              attachments,
            });
          } catch (error) {
            noteErrorScope(scope, [error]);
            throw error;
          }
        },
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status || 200;
      if (response.body.kind === 'complete') {
        const { string } = response.body;
        res.send(
          res.statusCode >= 400 ? formatUnscoped(logger, string, res.statusCode, scope) : string,
        );
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      next(error);
    }
  };
}
