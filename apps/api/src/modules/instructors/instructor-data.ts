import type { Prisma } from '@blk/db';
import { type InstructorInput, ISLANDS, type Island } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { invalidField, isUuid } from '../../graphql/validate';
import { dateColumn } from '../shared/date-column';

/**
 * The database spells islands as Region.island does ("Bangka", "Belitung"); the API speaks the
 * domain's keys ("bangka"). Both directions go through here.
 */
export function storedIsland(island: Island): string {
  return island.charAt(0).toUpperCase() + island.slice(1);
}

/** The domain key of a stored island name; unknown spellings fall back to Bangka, the main island. */
export function islandKey(stored: string): Island {
  const key = stored.toLowerCase();
  return (ISLANDS as readonly string[]).includes(key) ? (key as Island) : 'bangka';
}

/** The instructor's own columns (competencies and certifications are rows of their own). */
export function instructorColumns(input: Omit<InstructorInput, 'certifications'>) {
  return {
    name: input.name,
    nip: input.nip ?? null,
    phone: input.phone,
    email: input.email ?? null,
    homeIsland: storedIsland(input.homeIsland),
  };
}

/** Every program id must name an existing program (archived ones included: skills stay). */
export async function assertProgramsExist(
  tx: Prisma.TransactionClient,
  ctx: Pick<Context, 'lang'>,
  ids: readonly string[],
  field: string,
): Promise<void> {
  const known = new Set(
    (
      await tx.trainingProgram.findMany({
        where: { id: { in: ids.filter(isUuid) } },
        select: { id: true },
      })
    ).map((p) => p.id),
  );
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown >= 0) invalidField(ctx, 'request.unknown_program', [field, String(unknown)]);
}

/** A certificate row for an instructor. */
export function certificationRow(
  instructorId: string,
  c: InstructorInput['certifications'][number],
  programId: string | null = null,
) {
  return {
    instructorId,
    programId,
    name: c.name,
    issuer: c.issuer,
    number: c.number,
    issuedOn: dateColumn(c.issuedOn),
    expiresOn: c.expiresOn ? dateColumn(c.expiresOn) : null,
  };
}
