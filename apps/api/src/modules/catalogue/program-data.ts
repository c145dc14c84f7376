import type { Prisma } from '@blk/db';
import type { ProgramInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { invalidField } from '../../graphql/validate';

/** The program columns an admin edits (technical and learning outcomes keep their value). */
export function programColumns(input: ProgramInput) {
  return {
    code: input.code,
    name: input.name,
    kejuruanCode: input.kejuruan,
    description: input.description ?? '',
    durationDays: input.durationDays,
    durationJp: input.durationJp,
    classSizeMin: input.classSizeMin,
    classSizeDefault: input.classSizeDefault,
    classSizeMax: input.classSizeMax,
    minAge: input.ageMin,
    maxAge: input.ageMax,
    requirements: input.requirements,
    siteRequirements: input.siteRequirements,
  };
}

/** Competency units in teaching order, as listed in the input. */
export function unitRows(programId: string, input: ProgramInput) {
  return input.competencyUnits.map((u, i) => ({ programId, ...u, position: i + 1 }));
}

/** The program's kejuruan must exist: it is reference data, not free text. */
export async function assertKejuruanExists(
  tx: Prisma.TransactionClient,
  ctx: Pick<Context, 'lang'>,
  code: string,
): Promise<void> {
  if (!(await tx.kejuruan.findUnique({ where: { code } })))
    invalidField(ctx, 'program.unknown_kejuruan', ['kejuruan']);
}

/** What the audit log keeps of a program change: the fields, not who-knows-what else. */
export function programAuditData(input: ProgramInput): Prisma.InputJsonValue {
  return { ...programColumns(input), competencyUnits: input.competencyUnits.map((u) => u.code) };
}
