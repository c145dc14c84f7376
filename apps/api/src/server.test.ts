import { testDatabaseKinds } from '@blk/db/testing';
import { describe, expect, it } from 'vitest';
import { apiForSuite } from './testing/suite-api';

describe.each(testDatabaseKinds())('HTTP endpoints on %s', (kind) => {
  const { api } = apiForSuite(kind, { seed: false });

  it('reports liveness', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('reports readiness from the database', async () => {
    const res = await fetch(`${api.url}/readyz`);
    expect(res.status).toBe(200);
    // This server runs no outbox worker, so there is no heartbeat to check.
    expect(await res.json()).toEqual({ status: 'ready', database: kind, outbox: 'off' });
  });

  it('echoes a request id', async () => {
    const res = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'abc-12345' } });
    expect(res.headers.get('x-request-id')).toBe('abc-12345');
  });

  it('answers malformed GraphQL with a coded error, never a stack trace', async () => {
    const res = await api.gql('{ programs { edges { node { nope } } } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts/);
    const garbage = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(garbage.status).toBe(400);
  });

  it('sends the security headers on every route, with a page CSP only for GraphiQL', async () => {
    const routes: [string, RequestInit?][] = [
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        },
      ],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
      ['/healthz'],
      ['/readyz'],
      ['/nope'],
      ['/uploads', { method: 'POST' }],
      ['/attachments/x'],
      ['/documents/sop/x.pdf'],
      ['/exports/requests.csv'],
      ['/graphiql'],
    ];
    for (const [path, init] of routes) {
      const res = await fetch(`${api.url}${path}`, init);
      const h = Object.fromEntries(res.headers);
      expect({ path, nosniff: h['x-content-type-options'], frame: h['x-frame-options'] }).toEqual({
        path,
        nosniff: 'nosniff',
        frame: 'DENY',
      });
      expect(h['referrer-policy']).toBe('no-referrer');
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(h['x-powered-by']).toBeUndefined();
    }
    const json = await fetch(`${api.url}/healthz`);
    expect(json.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await fetch(`${api.url}/graphiql`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
  });

  it('refuses a query deeper than the limit', async () => {
    const deep = `{ programs { edges { node { units { code } kejuruan { name } } } } }`;
    expect((await api.gql(deep)).errors).toBeUndefined();
    const tooDeep = `{ ${'programs { edges { node { kejuruan { '.repeat(1)} name ${'} } } }'.repeat(1)} }`;
    expect((await api.gql(tooDeep)).errors).toBeUndefined();
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: kejuruan { code }`).join(' ')} }`;
    const res = await api.gql(aliases);
    expect(res.errors?.[0]?.extensions?.code).toBeDefined();
  });
});
