import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { seedAll } from './seed';
import { createTestDatabase, testDatabaseKinds } from './testing';

// The triggers of the migration `request_search_terms`: what staff search reads.
describe.each(testDatabaseKinds())('request search columns on %s', (kind) => {
  let db: Database;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedAll(db.prisma);
  });

  afterAll(async () => {
    await db?.close();
  });

  const terms = async (k: string) =>
    (
      await db.sql.query<{ text: string }>(
        `SELECT "text" FROM "RequestSearchTerm" WHERE kind = $1 ORDER BY "text"`,
        [k],
      )
    ).map((t) => t.text);

  it('keeps each request’s texts in lower case, and their distinct names as terms', async () => {
    const requests = await db.prisma.trainingRequest.findMany({
      include: { requester: true, region: { include: { parent: { include: { parent: true } } } } },
    });
    for (const r of requests) {
      expect(r.searchOrganization).toBe(r.requester.organizationName.toLowerCase());
      expect(r.searchContact).toBe(r.requester.contactName.toLowerCase());
      const place = [r.region.name, r.region.parent?.name, r.region.parent?.parent?.name];
      expect(r.searchPlace).toBe(place.filter(Boolean).join(' ').toLowerCase());
    }
    expect(await terms('organization')).toEqual(
      [...new Set(requests.map((r) => r.searchOrganization))].sort(),
    );
    expect(await terms('place')).toEqual([...new Set(requests.map((r) => r.searchPlace))].sort());
  });

  it('follows a renamed requester and forgets a name no request carries', async () => {
    const request = await db.prisma.trainingRequest.findFirstOrThrow({
      include: { requester: true },
      orderBy: { trackingCode: 'asc' },
    });
    const old = request.searchOrganization;
    const others = await db.prisma.trainingRequest.count({
      where: { searchOrganization: old, requesterId: { not: request.requesterId } },
    });
    await db.prisma.requester.update({
      where: { id: request.requesterId },
      data: { organizationName: 'Koperasi Uji Pencarian', contactName: 'Siti ABADI' },
    });
    const after = await db.prisma.trainingRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after.searchOrganization).toBe('koperasi uji pencarian');
    expect(after.searchContact).toBe('siti abadi');
    const names = await terms('organization');
    expect(names).toContain('koperasi uji pencarian');
    expect(names.includes(old)).toBe(others > 0);
  });
});
