import type { InstructorInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { recordAudit } from '../audit/audit';
import { failIfDuplicate } from '../shared/unique-violation';
import { assertProgramsExist, certificationRow, instructorColumns } from './instructor-data';

/**
 * Registers an instructor with the programs they may teach and their certificates. A NIP or a
 * certificate (issuer + number) already on file is ALREADY_EXISTS.
 */
export function createInstructor(ctx: Context, input: InstructorInput) {
  return failIfDuplicate(() =>
    ctx.prisma.$transaction(async (tx) => {
      await assertProgramsExist(tx, ctx, input.competencies, 'competencies');
      const instructor = await tx.instructor.create({ data: instructorColumns(input) });
      await tx.instructorCompetency.createMany({
        data: input.competencies.map((programId) => ({ instructorId: instructor.id, programId })),
      });
      await tx.instructorCertification.createMany({
        data: input.certifications.map((c) => certificationRow(instructor.id, c)),
      });
      await recordAudit(tx, ctx, {
        action: 'instructor.create',
        entityType: 'Instructor',
        entityId: instructor.id,
        data: {
          name: input.name,
          homeIsland: input.homeIsland,
          competencies: input.competencies,
          certifications: input.certifications.map((c) => `${c.issuer} ${c.number}`),
        },
      });
      return instructor;
    }),
  );
}
