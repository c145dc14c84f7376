import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { graphql } from './graphql';

// graphcache persists only outside NODE_ENV=test (it checks at run time): the page's behaviour.
const nodeEnv = process.env.NODE_ENV;
beforeEach(() => {
  process.env.NODE_ENV = 'development';
});
afterEach(() => {
  process.env.NODE_ENV = nodeEnv;
  vi.unstubAllGlobals();
  vi.resetModules();
});

const ScheduleQuery = graphql(`
  query Probe_Schedule($id: ID!) {
    schedule(id: $id) {
      id
      venue
    }
  }
`);

const SCHEDULE = { __typename: 'Schedule', id: 's1', venue: 'Balai Desa Nelayan' };

/** A fresh copy of the client module: one page load (its storage adapter is per page). */
async function pageLoad() {
  return (await import('./client')).createClient('id');
}

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('the persisted cache across a reload without signal', () => {
  it('keeps a class read online right after the page loaded (before the stored cache was read back)', async () => {
    // Online: the server answers at once, sooner than IndexedDB gives the stored cache back.
    vi.stubGlobal('fetch', async () => Response.json({ data: { schedule: SCHEDULE } }));
    const online = await pageLoad();
    const read = await online
      .query(ScheduleQuery, { id: 's1' }, { requestPolicy: 'cache-and-network' })
      .toPromise();
    expect(read.data?.schedule?.venue).toBe(SCHEDULE.venue);

    // The reload, without signal: the class comes from the device.
    vi.resetModules();
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    let venue: string | undefined;
    await until(async () => {
      const offline = await pageLoad();
      const again = await offline.query(ScheduleQuery, { id: 's1' }).toPromise();
      venue = again.data?.schedule?.venue;
      return venue !== undefined;
    });
    expect(venue).toBe(SCHEDULE.venue);
  });
});
