import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, webAppSecurityHeaders } from './security-headers';

describe('security headers of the web apps', () => {
  const script = "(function(){console.log('preload')})()";
  const page = `<!doctype html><html><head><script>${script}</script>
    <script type="module" crossorigin src="/assets/index.js"></script></head><body></body></html>`;

  it('admits exactly the inline scripts of the built page, by hash', () => {
    const hash = createHash('sha256').update(script).digest('base64');
    expect(inlineScriptHashes(page)).toEqual([`sha256-${hash}`]);
    const csp = webAppSecurityHeaders(page)['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);
  });

  it('has the same protections as the API, and lets the app call its own origin', () => {
    const headers = webAppSecurityHeaders();
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
  });
});
