import { describe, expect, it } from 'vitest';
import { apiForSuite } from '../../testing/suite-api';

describe('GraphiQL at /graphiql', () => {
  const { api } = apiForSuite('pglite', { seed: false });

  it('is served entirely from this server, with no CDN', async () => {
    const page = await fetch(`${api.url}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.sort()).toEqual(['/graphiql/graphiql.css', '/graphiql/graphiql.js']);
    expect(html).not.toMatch(/<script>|https?:\/\//);

    const [script, style] = await Promise.all(
      refs
        .sort()
        .reverse()
        .map((r) => fetch(`${api.url}${r}`)),
    );
    expect([script?.status, style?.status]).toEqual([200, 200]);
    expect(script?.headers.get('content-type')).toMatch(/javascript/);
    expect(style?.headers.get('content-type')).toMatch(/^text\/css/);
    const css = (await style?.text()) ?? '';
    expect(css).toContain('.graphiql-container');
    // Fonts and images are inlined, never fetched from elsewhere.
    expect(css).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
    const js = (await script?.text()) ?? '';
    // The page talks to our /graphql with the session cookie and Apollo's CSRF header.
    expect(js).toContain('apollo-require-preflight');
    expect(js).toContain('same-origin');
    expect(js).toContain('"/graphql"');
  });

  it('serves nothing else from its folder', async () => {
    for (const file of ['graphiql.js.map', '..%2Fmain.js', 'index.html'])
      expect((await fetch(`${api.url}/graphiql/${file}`)).status).toBe(404);
  });
});
