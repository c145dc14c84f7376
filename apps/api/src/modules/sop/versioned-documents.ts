import {
  CONSTRAINTS,
  isUniqueViolation,
  type Prisma,
  type ServiceStandardVersion,
  type SopVersion,
} from '@blk/db';
import {
  SUPERSEDED_BY_PUBLISHING,
  VERSION_STEPS,
  type VersionStatus,
  type VersionStep,
  versionStepRefusal,
} from '@blk/sop';
import type { Context } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { assertConsulted, type ConsultationTarget } from './consultation';

type Tx = Prisma.TransactionClient;

/**
 * Where one kind of versioned document (SOP versions, service standard versions) is kept, and
 * how the log, the audit log and the consultation rule name it. Its versions follow the
 * version lifecycle of @blk/sop.
 */
export interface VersionTable<V extends { status: string; updatedAt: Date }, Data extends object> {
  /** Names it in the log. */
  what: string;
  entityType: 'SopVersion' | 'ServiceStandardVersion';
  /** Its audit actions' prefix (`sop.submit`). */
  auditPrefix: 'sop' | 'service_standard';
  consultation: ConsultationTarget['kind'];
  find(tx: Tx, id: string): Promise<V | null>;
  /** Writes `data` to the version if it still matches `where`; how many rows it wrote. */
  updateIf(
    tx: Tx,
    where: { id: string; status: VersionStatus; updatedAt?: Date },
    data: Data,
  ): Promise<{ count: number }>;
  reload(tx: Tx, id: string): Promise<V>;
  /** The versions in force that publishing `version` replaces (of its SOP; the one standard). */
  inForce(tx: Tx, version: V): Promise<{ id: string; versionNo: number }[]>;
  /** The unique index that holds one version in force (of an SOP; of the standards). */
  oneInForce: string;
}

export const sopVersions: VersionTable<SopVersion, Prisma.SopVersionUncheckedUpdateManyInput> = {
  what: 'SOP version',
  entityType: 'SopVersion',
  auditPrefix: 'sop',
  consultation: 'sop',
  find: (tx, id) => tx.sopVersion.findUnique({ where: { id } }),
  updateIf: (tx, where, data) => tx.sopVersion.updateMany({ where, data }),
  reload: (tx, id) => tx.sopVersion.findUniqueOrThrow({ where: { id } }),
  inForce: (tx, version) =>
    tx.sopVersion.findMany({
      where: { sopId: version.sopId, status: 'published' },
      select: { id: true, versionNo: true },
    }),
  oneInForce: CONSTRAINTS.oneSopVersionInForce,
};

export const serviceStandardVersions: VersionTable<
  ServiceStandardVersion,
  Prisma.ServiceStandardVersionUncheckedUpdateManyInput
> = {
  what: 'service standard version',
  entityType: 'ServiceStandardVersion',
  auditPrefix: 'service_standard',
  consultation: 'serviceStandard',
  find: (tx, id) => tx.serviceStandardVersion.findUnique({ where: { id } }),
  updateIf: (tx, where, data) => tx.serviceStandardVersion.updateMany({ where, data }),
  reload: (tx, id) => tx.serviceStandardVersion.findUniqueOrThrow({ where: { id } }),
  inForce: (tx) =>
    tx.serviceStandardVersion.findMany({
      where: { status: 'published' },
      select: { id: true, versionNo: true },
    }),
  oneInForce: CONSTRAINTS.oneServiceStandardInForce,
};

/**
 * The version when it may take `step` (`edit`: only a draft changes): NOT_FOUND when there is
 * none, TRANSITION_NOT_ALLOWED when it is at another status.
 */
export async function versionFor<
  V extends { status: string; updatedAt: Date },
  Data extends object,
>(tx: Tx, table: VersionTable<V, Data>, id: string, step: VersionStep | 'edit'): Promise<V> {
  const version = isUuid(id) ? await table.find(tx, id) : null;
  if (!version) throw notFound(table.what);
  const refusal = versionStepRefusal(version.status, step);
  if (refusal) throw new AppError('TRANSITION_NOT_ALLOWED', `${table.what} is ${refusal}`);
  return version;
}

/**
 * After a guarded update (where the status, or `updatedAt`, is still what was read):
 * CONFLICT_STALE_VERSION unless exactly the one row moved, i.e. someone moved it first.
 */
function assertMovedOne({ count }: { count: number }): void {
  if (count !== 1) throw new AppError('CONFLICT_STALE_VERSION');
}

/** Takes the version a step on (with `data`) only if nobody moved it first (two reviewers at once). */
export async function stepVersion<
  V extends { status: string; updatedAt: Date },
  Data extends object,
>(tx: Tx, table: VersionTable<V, Data>, id: string, step: VersionStep, data?: Data): Promise<void> {
  const { from, to } = VERSION_STEPS[step];
  assertMovedOne(await table.updateIf(tx, { id, status: from }, { ...data, status: to } as Data));
}

/** Records a lifecycle step in the audit log (`sop.approve`, `service_standard.publish`). */
export function auditVersionStep<
  V extends { status: string; updatedAt: Date },
  Data extends object,
>(
  tx: Tx,
  ctx: Context,
  table: VersionTable<V, Data>,
  id: string,
  step: VersionStep,
  data?: Prisma.InputJsonValue,
): Promise<void> {
  return recordAudit(tx, ctx, {
    action: `${table.auditPrefix}.${step}`,
    entityType: table.entityType,
    entityId: id,
    ...(data === undefined ? {} : { data }),
  });
}

/**
 * Puts `version` in force (the publish step, with `data`) in place of the versions in force it
 * replaces; their numbers, for the audit log. Refused with CONFLICT_STALE_VERSION when another
 * version was put in force meanwhile: the database holds one version in force (`oneInForce`),
 * and the caller's transaction rolls back, so nothing of this publication is written.
 */
export async function putInForce<
  V extends { id: string; status: string; updatedAt: Date },
  Data extends object,
>(tx: Tx, table: VersionTable<V, Data>, version: V, data: Data): Promise<number[]> {
  const superseded = await supersedeInForce(tx, table, version);
  try {
    await stepVersion(tx, table, version.id, 'publish', data);
  } catch (error) {
    if (isUniqueViolation(error, table.oneInForce))
      throw new AppError('CONFLICT_STALE_VERSION', `another ${table.what} was put in force first`);
    throw error;
  }
  return superseded;
}

/**
 * Supersedes the versions in force that publishing `version` replaces; their numbers. One that a
 * concurrent publication superseded after it was read moves nothing here: that publication's
 * version is then in force, and putting this one in force is refused.
 */
async function supersedeInForce<V extends { status: string; updatedAt: Date }, Data extends object>(
  tx: Tx,
  table: VersionTable<V, Data>,
  version: V,
): Promise<number[]> {
  const { from, to } = SUPERSEDED_BY_PUBLISHING;
  const previous = await table.inForce(tx, version);
  for (const { id } of previous)
    await table.updateIf(tx, { id, status: from }, { status: to } as Data);
  return previous.map((p) => p.versionNo);
}

/**
 * Writes a change to a draft as it was read: CONFLICT_STALE_VERSION when someone saved since,
 * and, with `expectedUpdatedAt` (the `updatedAt` the editor loaded), when the draft read here is
 * not the one the editor changed.
 */
export async function changeDraft<
  V extends { status: string; updatedAt: Date },
  Data extends object,
>(
  tx: Tx,
  table: VersionTable<V, Data>,
  draft: { id: string; updatedAt: Date },
  data: Data,
  expectedUpdatedAt?: Date,
): Promise<void> {
  if (expectedUpdatedAt && expectedUpdatedAt.getTime() !== draft.updatedAt.getTime())
    throw new AppError('CONFLICT_STALE_VERSION');
  const where = { id: draft.id, status: 'draft' as const, updatedAt: draft.updatedAt };
  assertMovedOne(await table.updateIf(tx, where, data));
}

/**
 * Sends a draft for review; refused with CONSULTATION_REQUIRED unless a public consultation is
 * on record (UU 25/2009 pasal 20(2)) or the reason none was needed.
 */
export function submitVersion<V extends { status: string; updatedAt: Date }, Data extends object>(
  ctx: Context,
  table: VersionTable<V, Data>,
  id: string,
): Promise<V> {
  return ctx.prisma.$transaction(async (tx) => {
    await versionFor(tx, table, id, 'submit');
    await stepVersion(tx, table, id, 'submit');
    // After the move, which locked the row: see assertConsulted.
    await assertConsulted(tx, { kind: table.consultation, id });
    await auditVersionStep(tx, ctx, table, id, 'submit');
    return table.reload(tx, id);
  });
}

/**
 * Creates a draft under the next free version number: `create` reads the highest and takes the
 * next; when a concurrent draft took it first (a unique violation `isNumberTaken` recognises),
 * it runs again, up to 3 more times, then CONFLICT_STALE_VERSION.
 */
export async function draftUnderNextNumber<T>(
  table: { what: string },
  create: () => Promise<T>,
  isNumberTaken: (error: unknown) => boolean = (error) => isUniqueViolation(error),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const taken = isNumberTaken(error);
      if (taken && attempt < 3) continue;
      if (taken) throw new AppError('CONFLICT_STALE_VERSION', `${table.what} number race`);
      throw error;
    }
  }
}
