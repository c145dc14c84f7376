import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';

/** Removes a certificate recorded by mistake (an expired one stays, flagged as expired). */
export async function removeInstructorCertification(ctx: Context, certificationId: string) {
  if (!isUuid(certificationId)) throw notFound('certification');
  return ctx.prisma.$transaction(async (tx) => {
    const row = await tx.instructorCertification.findUnique({ where: { id: certificationId } });
    if (!row) throw notFound('certification');
    await tx.instructorCertification.delete({ where: { id: certificationId } });
    await recordAudit(tx, ctx, {
      action: 'instructor.certification.remove',
      entityType: 'Instructor',
      entityId: row.instructorId,
      data: { certificationId, issuer: row.issuer, number: row.number },
    });
    return row.instructorId;
  });
}
