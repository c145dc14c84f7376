import type { InstructorInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { failIfDuplicate } from '../shared/unique-violation';
import { assertProgramsExist, instructorColumns } from './instructor-data';

/** Input of an instructor edit: certificates are added and removed one by one instead. */
export type InstructorUpdateInput = Omit<InstructorInput, 'certifications'>;

/** Updates an instructor's details and replaces the programs they may teach. */
export function updateInstructor(ctx: Context, id: string, input: InstructorUpdateInput) {
  if (!isUuid(id)) throw notFound('instructor');
  return failIfDuplicate(() =>
    ctx.prisma.$transaction(async (tx) => {
      if (!(await tx.instructor.findUnique({ where: { id }, select: { id: true } })))
        throw notFound('instructor');
      await assertProgramsExist(tx, ctx, input.competencies, 'competencies');
      const instructor = await tx.instructor.update({
        where: { id },
        data: instructorColumns(input),
      });
      await tx.instructorCompetency.deleteMany({
        where: { instructorId: id, programId: { notIn: input.competencies } },
      });
      await tx.instructorCompetency.createMany({
        data: input.competencies.map((programId) => ({ instructorId: id, programId })),
        skipDuplicates: true,
      });
      await recordAudit(tx, ctx, {
        action: 'instructor.update',
        entityType: 'Instructor',
        entityId: id,
        data: { name: input.name, homeIsland: input.homeIsland, competencies: input.competencies },
      });
      return instructor;
    }),
  );
}
