import type { InstructorInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { failIfDuplicate } from '../shared/unique-violation';
import { assertProgramsExist, certificationRow } from './instructor-data';

/**
 * Records a certificate an instructor obtained, optionally for one program. The same
 * certificate (issuer + number) cannot be recorded twice: ALREADY_EXISTS.
 */
export function addInstructorCertification(
  ctx: Context,
  instructorId: string,
  certification: InstructorInput['certifications'][number],
  programId: string | null,
) {
  if (!isUuid(instructorId)) throw notFound('instructor');
  return failIfDuplicate(() =>
    ctx.prisma.$transaction(async (tx) => {
      if (!(await tx.instructor.findUnique({ where: { id: instructorId }, select: { id: true } })))
        throw notFound('instructor');
      if (programId) await assertProgramsExist(tx, ctx, [programId], 'programId');
      const row = await tx.instructorCertification.create({
        data: certificationRow(instructorId, certification, programId),
      });
      await recordAudit(tx, ctx, {
        action: 'instructor.certification.add',
        entityType: 'Instructor',
        entityId: instructorId,
        data: {
          certificationId: row.id,
          issuer: row.issuer,
          number: row.number,
          expiresOn: certification.expiresOn ?? null,
        },
      });
      return row;
    }),
  );
}
