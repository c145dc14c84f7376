import type { Prisma } from '@blk/db';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';

type Tx = Prisma.TransactionClient;

/** The columns an archivable record has, as its table is asked about them here. */
interface ArchivableTable {
  updateMany(args: {
    where: { id: string; active: boolean };
    data: { active: boolean; archivedAt: Date | null };
  }): Prisma.PrismaPromise<{ count: number }>;
  count(args: { where: { id: string } }): Prisma.PrismaPromise<number>;
}

/**
 * Records that staff archive instead of deleting, because requests, classes and certificates
 * made with them keep pointing at them: an archived program leaves the public catalogue, an
 * archived instructor gets no new assignments.
 */
const ARCHIVABLE = {
  TrainingProgram: { noun: 'program', table: (tx: Tx): ArchivableTable => tx.trainingProgram },
  Instructor: { noun: 'instructor', table: (tx: Tx): ArchivableTable => tx.instructor },
} as const;

export type ArchivableModel = keyof typeof ARCHIVABLE;

/**
 * Archives a record (or restores it) and audits the change. Archiving an archived record, or
 * restoring an active one, changes and records nothing; of two concurrent calls one writes.
 */
export async function setArchived(
  ctx: Context,
  model: ArchivableModel,
  id: string,
  archived: boolean,
): Promise<void> {
  const { noun, table } = ARCHIVABLE[model];
  if (!isUuid(id)) throw notFound(noun);
  await ctx.prisma.$transaction(async (tx) => {
    const { count } = await table(tx).updateMany({
      where: { id, active: archived },
      data: { active: !archived, archivedAt: archived ? ctx.now() : null },
    });
    if (count === 1)
      await recordAudit(tx, ctx, {
        action: `${noun}.${archived ? 'archive' : 'restore'}`,
        entityType: model,
        entityId: id,
      });
    else if ((await table(tx).count({ where: { id } })) === 0) throw notFound(noun);
  });
}
