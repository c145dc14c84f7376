import { describe, expect, it } from 'vitest';
import { appBasePath } from './base-path';

describe('appBasePath', () => {
  it('is empty at the root of the host and the path under the API', () => {
    expect(appBasePath('http://127.0.0.1:4174/')).toBe('');
    expect(appBasePath('https://blk.example.go.id/admin/')).toBe('/admin');
    expect(appBasePath('about:blank')).toBe('');
  });
});
