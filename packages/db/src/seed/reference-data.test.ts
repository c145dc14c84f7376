import { describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds } from '../testing';
import { KEJURUAN, ROLES } from './catalogue';
import { loadHolidayRecords, loadRegionRecords } from './reference';
import { seedReferenceData } from './reference-data';

describe.each(testDatabaseKinds())('reference data at start on %s', (kind) => {
  it('fills an empty database once, with no account, and never overwrites the office’s edits', async () => {
    const db = await createTestDatabase(kind);
    try {
      const added = await seedReferenceData(db.prisma);
      expect(added).toEqual({
        roles: ROLES.length,
        kejuruan: KEJURUAN.length,
        regions: loadRegionRecords().length,
        holidays: loadHolidayRecords().length,
        'SOP and service standard versions': 1,
      });
      expect(await db.prisma.staffUser.count()).toBe(0);
      expect(await db.prisma.trainingRequest.count()).toBe(0);
      expect(await db.prisma.serviceStandardVersion.count({ where: { status: 'published' } })).toBe(
        1,
      );
      const holiday = await db.prisma.holiday.findFirstOrThrow();
      await db.prisma.holiday.update({
        where: { date: holiday.date },
        data: { name: 'Diubah kantor' },
      });
      expect(await seedReferenceData(db.prisma)).toEqual({});
      expect(
        (await db.prisma.holiday.findUniqueOrThrow({ where: { date: holiday.date } })).name,
      ).toBe('Diubah kantor');
    } finally {
      await db.close();
    }
  });
});
