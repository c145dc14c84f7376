/**
 * Which GraphQL answers the service worker keeps for reading offline, and under what key.
 *
 * GraphQL goes over POST, which the Cache API cannot store, so a read is kept under a synthetic
 * GET URL made from a hash of its body and language. Only public reference data is kept (the
 * catalogue, the service standard, the form's lists of regions and programs, the published
 * figures); nothing a tracking code or token opens (Track_*, Feedback_Track, Survey_Index) and
 * no mutation, so a shared phone keeps no one's request in its cache.
 */
export const OFFLINE_READABLE_OPERATIONS: ReadonlySet<string> = new Set([
  'Home_Load',
  'Programs_Kejuruan',
  'Programs_List',
  'Program_Load',
  'Request_Programs',
  'Request_Regions',
  'Standard_Load',
  'Performance_Load',
  'Survey_Questions',
]);

/** The cache the GraphQL reads go to (separate from Workbox's precache, so each can be cleared). */
export const GRAPHQL_CACHE = 'blk-graphql-v1';

/**
 * At most this many answers are kept; the oldest written go first. Region and program lists
 * are about 60; the rest is catalogue searches, each kept under its own text.
 */
export const MAX_ENTRIES = 300;

/** How long a network answer is awaited before the kept one is shown instead (weak signal). */
export const NETWORK_TIMEOUT_MS = 6_000;

interface GraphqlBody {
  operationName?: unknown;
  query?: unknown;
}

/** The operation name of a body that is a cacheable read, or null. */
export function cacheableOperation(body: string): string | null {
  let parsed: GraphqlBody;
  try {
    parsed = JSON.parse(body) as GraphqlBody;
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.query !== 'string')
    return null;
  if (!/^\s*query\b/.test(parsed.query)) return null;
  const name =
    typeof parsed.operationName === 'string'
      ? parsed.operationName
      : /^\s*query\s+(\w+)/.exec(parsed.query)?.[1];
  return name && OFFLINE_READABLE_OPERATIONS.has(name) ? name : null;
}

/** The GET URL a read is kept under: operation, language and a SHA-256 of the body. */
export async function cacheKeyUrl(
  origin: string,
  operation: string,
  lang: string,
  body: string,
): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`${lang}\n${body}`),
  );
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${origin}/__offline/graphql/${encodeURIComponent(operation)}/${hex}`;
}
