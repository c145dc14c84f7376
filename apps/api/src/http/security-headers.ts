import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The security headers of everything this system serves, in one place (issue 11, defect 10):
 * the API's responses, its GraphiQL page, and the two web apps (served by `vite preview` today,
 * which imports this file from its config). helmet writes the headers; this file only chooses
 * the policy.
 */
type Directives = NonNullable<
  Exclude<HelmetOptions['contentSecurityPolicy'], boolean | undefined>['directives']
>;

/** Shared by every response: no sniffing, no framing, no referrer leaking tracking codes. */
const COMMON: HelmetOptions = {
  referrerPolicy: { policy: 'no-referrer' },
  frameguard: { action: 'deny' },
  // Behind the office's TLS proxy; not for subdomains, which the office may not run on HTTPS.
  strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
  crossOriginResourcePolicy: { policy: 'same-origin' },
};

/** JSON answers and downloads: nothing in them may run, load or be framed. */
const API_DIRECTIVES: Directives = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * GraphiQL (bundled, served from /graphiql): its script and styles from this server; styles stay
 * 'unsafe-inline' because GraphiQL and CodeMirror set element styles at run time.
 */
const GRAPHIQL_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The web apps: code from their own origin (the API is reached through the same origin), inline
 * scripts only by hash, styles inline (Mantine writes its CSS variables at run time), documents
 * previewed from blob: URLs (admin), never framed by another site.
 */
function webAppDirectives(inlineScriptHashes: readonly string[]): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...inlineScriptHashes.map((h) => `'${h}'`)],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

const withCsp = (directives: Directives): HelmetOptions => ({
  ...COMMON,
  contentSecurityPolicy: { useDefaults: false, directives },
});

/** Middleware for every API route (JSON, files, health). */
export const apiSecurityHeaders = () => helmet(withCsp(API_DIRECTIVES));

/**
 * Middleware for the PDFs shown inline (/documents): only `frame-ancestors`, so that no fetch
 * directive can get in the way of the browser's own PDF viewer.
 */
export const inlineDocumentSecurityHeaders = () =>
  helmet(
    withCsp({
      'default-src': helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
      'frame-ancestors': ["'none'"],
    }),
  );

/** Middleware for the GraphiQL page and its assets; replaces the API's stricter CSP. */
export const graphiqlSecurityHeaders = () => helmet(withCsp(GRAPHIQL_DIRECTIVES));

/** The headers helmet would set for these options, as a plain record (for static servers). */
function headersOf(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/** `sha256-…` source expressions of the inline `<script>` elements of an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim() !== '')
    .map((code) => `sha256-${createHash('sha256').update(code).digest('base64')}`);
}

/**
 * The security headers of a built web app, for `vite preview` (and any static server): the same
 * policy as the API's, with a CSP for an app page that allows the given inline scripts.
 */
export function webAppSecurityHeaders(indexHtml = ''): Record<string, string> {
  return headersOf(withCsp(webAppDirectives(inlineScriptHashes(indexHtml))));
}
