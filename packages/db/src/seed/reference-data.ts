import type { PrismaClient } from '../generated/prisma/client';
import { KEJURUAN, ROLES } from './catalogue';
import { loadHolidayRecords, loadIslands, loadRegionRecords } from './reference';
import { seedSopAndStandard } from './sop';

/**
 * What every installation needs before anyone can use it, demo or not: the staff roles, the
 * kejuruan, the province's regions and the holidays, and version 1 of the SOP and the service
 * standard. Run by the API at every start; it only adds what is missing, so the office's own
 * edits (holidays, a newer SOP version) are never overwritten. No accounts, no programs, no
 * requests: the first admin is created with `npm run admin:create`, the demo data only with
 * BLK_SEED_DEMO=1. Returns what it added.
 */
export async function seedReferenceData(prisma: PrismaClient): Promise<Record<string, number>> {
  const added: Record<string, number> = {};
  const roles = await prisma.role.createMany({ data: [...ROLES], skipDuplicates: true });
  if (roles.count) added.roles = roles.count;
  const kejuruan = await prisma.kejuruan.createMany({ data: [...KEJURUAN], skipDuplicates: true });
  if (kejuruan.count) added.kejuruan = kejuruan.count;
  // Regions and holidays come as one list each; an installation that has them keeps its own.
  // One INSERT each (parents come first in the file; the self-reference is checked per statement).
  if ((await prisma.region.count()) === 0) {
    const islands = loadIslands();
    const regions = await prisma.region.createMany({
      data: loadRegionRecords().map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parent ?? null,
        island: islands[r.code] ?? null,
      })),
      skipDuplicates: true,
    });
    added.regions = regions.count;
  }
  if ((await prisma.holiday.count()) === 0) {
    const holidays = await prisma.holiday.createMany({
      data: loadHolidayRecords().map((h) => ({
        date: new Date(`${h.date}T00:00:00Z`),
        name: h.name,
        kind: h.kind,
        basis: h.basis ?? null,
      })),
      skipDuplicates: true,
    });
    added.holidays = holidays.count;
  }
  if ((await prisma.sopVersion.count()) === 0) {
    await seedSopAndStandard(prisma);
    added['SOP and service standard versions'] = 1;
  }
  return added;
}
