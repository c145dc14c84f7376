import { describe, expect, it } from 'vitest';
import { cacheableOperation, cacheKeyUrl } from './graphql-cache';

const body = (query: string, operationName?: string, variables: object = {}) =>
  JSON.stringify({ query, operationName, variables });

describe('cacheableOperation', () => {
  it('keeps the public reference reads', () => {
    expect(cacheableOperation(body('query Standard_Load { x }', 'Standard_Load'))).toBe(
      'Standard_Load',
    );
    expect(cacheableOperation(body('query Request_Regions($p: String) { x }'))).toBe(
      'Request_Regions',
    );
  });

  it('never keeps what a tracking code opens, a mutation or anything unnamed', () => {
    expect(cacheableOperation(body('query Track_Load { x }', 'Track_Load'))).toBeNull();
    expect(cacheableOperation(body('query Feedback_Track { x }', 'Feedback_Track'))).toBeNull();
    expect(cacheableOperation(body('mutation Request_Submit { x }', 'Request_Submit'))).toBeNull();
    // A mutation cannot borrow a readable name.
    expect(cacheableOperation(body('mutation Standard_Load { x }', 'Standard_Load'))).toBeNull();
    expect(cacheableOperation(body('{ programs { id } }'))).toBeNull();
    expect(cacheableOperation('not json')).toBeNull();
    expect(cacheableOperation('null')).toBeNull();
  });
});

describe('cacheKeyUrl', () => {
  it('differs by language and by variables, and is stable', async () => {
    const a = body('query Request_Regions { x }', 'Request_Regions', { parentCode: '19.01' });
    const b = body('query Request_Regions { x }', 'Request_Regions', { parentCode: '19.02' });
    const o = 'https://blk.example';
    const keyA = await cacheKeyUrl(o, 'Request_Regions', 'id', a);
    expect(keyA).toMatch(
      /^https:\/\/blk\.example\/__offline\/graphql\/Request_Regions\/[0-9a-f]{64}$/,
    );
    expect(await cacheKeyUrl(o, 'Request_Regions', 'id', a)).toBe(keyA);
    expect(await cacheKeyUrl(o, 'Request_Regions', 'en', a)).not.toBe(keyA);
    expect(await cacheKeyUrl(o, 'Request_Regions', 'id', b)).not.toBe(keyA);
  });
});
