import { hashPassword } from '../crypto';
import type { PrismaClient } from '../generated/prisma/client';
import { DEMO_PASSWORD } from './catalogue';
import { seedDemoConsultations } from './consultations';
import { seedDemoRequests, seedInstructorAccounts } from './demo-requests';
import { seedRegionsAndHolidays } from './reference';
import { seedCatalogue } from './seed-catalogue';
import { seedSopAndStandard } from './sop';

export { DEMO_PASSWORD, INSTRUCTORS, PROGRAMS, ROLES, STAFF } from './catalogue';
export { DEMO_ACCESS_TOKEN } from './demo-requests';
export { createRandom, type Random } from './random';
export { loadHolidayRecords, loadRegionRecords } from './reference';
export { seedReferenceData } from './reference-data';
export { seedSopAndStandard } from './sop';

/**
 * Seeds everything the demo needs; idempotent. `anchor` is "today" for the demo requests'
 * history (default: now), so their deadlines look current. Returns row counts for the log.
 */
export async function seedAll(
  prisma: PrismaClient,
  options: { anchor?: Date } = {},
): Promise<Record<string, number>> {
  const { regions, holidays } = await seedRegionsAndHolidays(prisma);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await seedCatalogue(prisma, passwordHash);
  await seedInstructorAccounts(prisma, passwordHash);
  const { sopVersionId } = await seedSopAndStandard(prisma);
  await seedDemoConsultations(prisma);
  await seedDemoRequests(prisma, { sopVersionId, anchor: options.anchor ?? new Date() });
  return {
    regions,
    holidays,
    programs: await prisma.trainingProgram.count(),
    instructors: await prisma.instructor.count(),
    'staff users': await prisma.staffUser.count(),
    requests: await prisma.trainingRequest.count(),
    events: await prisma.requestEvent.count(),
    surveys: await prisma.satisfactionSurvey.count(),
    consultations: await prisma.publicConsultation.count(),
  };
}
