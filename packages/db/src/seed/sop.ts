import { DEFAULT_SERVICE_STANDARD, DEFAULT_SOP, REQUEST_SOP_CODE } from '@blk/sop';
import type { PrismaClient } from '../generated/prisma/client';

/** Publishes the default SOP and service standard as version 1 unless they already exist. */
export async function seedSopAndStandard(prisma: PrismaClient): Promise<{ sopVersionId: string }> {
  const sop = await prisma.sopDefinition.upsert({
    where: { code: REQUEST_SOP_CODE },
    create: { code: REQUEST_SOP_CODE, name: DEFAULT_SOP.identity.name },
    update: {},
  });
  const head = await prisma.staffUser.findFirst({ where: { roleKey: 'kepala_dinas' } });
  const effectiveAt = new Date('2026-01-02T00:00:00+07:00');
  const version = await prisma.sopVersion.upsert({
    where: { sopId_versionNo: { sopId: sop.id, versionNo: 1 } },
    create: {
      sopId: sop.id,
      versionNo: 1,
      status: 'published',
      definition: DEFAULT_SOP as object,
      changeNote: 'Versi awal',
      effectiveAt,
      approvedById: head?.id ?? null,
      approvedAt: effectiveAt,
    },
    update: {},
  });
  await prisma.serviceStandardVersion.upsert({
    where: { versionNo: 1 },
    create: {
      versionNo: 1,
      status: 'published',
      components: DEFAULT_SERVICE_STANDARD.components as object,
      maklumat: DEFAULT_SERVICE_STANDARD.maklumat,
      sopVersionId: version.id,
      effectiveAt,
      publishedAt: effectiveAt,
      approvedById: head?.id ?? null,
      approvedAt: effectiveAt,
    },
    update: {},
  });
  return { sopVersionId: version.id };
}
