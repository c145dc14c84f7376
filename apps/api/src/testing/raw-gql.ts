import type { GqlResponse, TestApi } from './api';

/**
 * JSON text spliced into a request body as it is. Values nested thousands of levels deep
 * overflow `JSON.stringify` in the test runner, so they travel as text.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

const RAW_MARK = '\u{1F9EA}raw\u{1F9EA}';

/** JSON nested `depth` levels, as arrays or as objects, in text form. */
export function deepJson(depth: number, arrays = true): RawJson {
  return new RawJson(
    arrays
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
  );
}

/** Like `api.gql`, but variables may hold {@link RawJson} values (in order of appearance). */
export async function gqlRaw(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<GqlResponse> {
  const raws: RawJson[] = [];
  const body = JSON.stringify({ query, variables }, (_key, value) => {
    if (!(value instanceof RawJson)) return value;
    raws.push(value);
    return RAW_MARK;
  }).replace(new RegExp(`"${RAW_MARK}"`, 'g'), () => raws.shift()?.text ?? 'null');
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  const text = await res.text();
  let parsed: { data?: never; errors?: never } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    // A non-JSON answer has no data and no codes; the caller's assertions report it.
  }
  return { status: res.status, data: parsed.data, errors: parsed.errors, headers: res.headers };
}
