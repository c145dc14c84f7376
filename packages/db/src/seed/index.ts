import type { PrismaClient } from '../generated/prisma/client';
import { seedRegionsAndHolidays } from './reference';
import { seedCatalogue } from './seed-catalogue';

export { DEMO_PASSWORD, INSTRUCTORS, PROGRAMS, ROLES, STAFF } from './catalogue';
export { loadHolidayRecords, loadRegionRecords } from './reference';

/** Seeds everything the demo needs; idempotent. Returns row counts for the log. */
export async function seedAll(prisma: PrismaClient): Promise<Record<string, number>> {
  const { regions, holidays } = await seedRegionsAndHolidays(prisma);
  await seedCatalogue(prisma);
  return {
    regions,
    holidays,
    programmes: await prisma.trainingProgram.count(),
    instructors: await prisma.instructor.count(),
    'staff users': await prisma.staffUser.count(),
  };
}
