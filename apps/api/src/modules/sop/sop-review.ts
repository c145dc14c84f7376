import { CONSTRAINTS, isExclusionViolation } from '@blk/db';
import {
  addCalendarDays,
  endOfJakartaDay,
  type IsoDate,
  startOfJakartaDay,
  toJakartaDate,
} from '@blk/domain';
import {
  type PrefilledStepReview,
  prefillSopReview,
  readSopDefinition,
  reviewCoverage,
  reviewDraftChangeNote,
  type SopReviewInput,
  sopReviewDue,
  stepFigures,
} from '@blk/sop';
import type { Context } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { loadMeasuredRequests } from '../performance/measured-requests';
import { draftSopVersion } from './draft-sop-version';

/** A complaint received in a review period, as the reviewer sees it. */
export interface PeriodComplaint {
  trackingCode: string;
  kind: string;
  receivedAt: Date;
  status: string;
  message: string;
}

/** What a review of a version over a period starts from: the system's figures. */
export interface SopReviewPrefill {
  sopVersionId: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  /** Requests under this version submitted in the period. */
  requestCount: number;
  steps: PrefilledStepReview[];
  /** Complaints (pengaduan) received in the period. */
  complaints: PeriodComplaint[];
}

/** Versions that were in force at some point: only those can be reviewed. */
async function reviewableVersion(ctx: Context, id: string) {
  const version = isUuid(id)
    ? await ctx.prisma.sopVersion.findUnique({
        where: { id },
        select: { id: true, sopId: true, status: true, effectiveAt: true, definition: true },
      })
    : null;
  if (!version) throw notFound('SOP version');
  if (!version.effectiveAt || (version.status !== 'published' && version.status !== 'superseded'))
    throw new AppError('TRANSITION_NOT_ALLOWED', `SOP version is ${version.status}`);
  return { ...version, effectiveAt: version.effectiveAt };
}

/** The last review of a version, by the end of its period. */
function lastReview(ctx: Context, sopVersionId: string) {
  return ctx.prisma.sopReview.findFirst({
    where: { sopVersionId },
    orderBy: { periodTo: 'desc' },
    select: { periodTo: true, reviewedAt: true },
  });
}

/**
 * The figures of a version over a period, prefilled into a review: per office step the on-time
 * share and median working days (the performance report's computation, `loadMeasuredRequests` +
 * `stepFigures`) with a suggested rating, and the complaints received. Without a period: from the
 * day after the last review's period (or the day the version took effect) to today.
 */
export async function prefillReview(
  ctx: Context,
  sopVersionId: string,
  period: { from?: IsoDate | undefined; to?: IsoDate | undefined } = {},
): Promise<SopReviewPrefill> {
  const version = await reviewableVersion(ctx, sopVersionId);
  const today = toJakartaDate(ctx.now());
  const last = await lastReview(ctx, version.id);
  const from =
    period.from ??
    (last ? addCalendarDays(toJakartaDate(last.periodTo), 1) : toJakartaDate(version.effectiveAt));
  const to = period.to ?? today;
  const start = startOfJakartaDay(from);
  const end = endOfJakartaDay(to);
  const now = new Date(Math.min(ctx.now().getTime(), end.getTime()));
  const [calendar, { requests, measured }, complaints] = await Promise.all([
    ctx.calendar(),
    loadMeasuredRequests(ctx, { start, end, now, sopVersionId: version.id }),
    ctx.prisma.complaint.findMany({
      where: { kind: 'pengaduan', createdAt: { gte: start, lte: end } },
      orderBy: { createdAt: 'asc' },
      select: { trackingCode: true, kind: true, createdAt: true, status: true, message: true },
    }),
  ]);
  const definition = readSopDefinition(version.definition);
  return {
    sopVersionId: version.id,
    periodFrom: from,
    periodTo: to,
    requestCount: requests.length,
    steps: prefillSopReview(definition, stepFigures(measured, { now, calendar })),
    complaints: complaints.map((c) => ({
      trackingCode: c.trackingCode,
      kind: c.kind,
      receivedAt: c.createdAt,
      status: c.status,
      message: c.message,
    })),
  };
}

const day = (iso: IsoDate) => new Date(`${iso}T00:00:00.000Z`);

/**
 * Records a review (kepala seksi). The period must lie within the version's time in force up to
 * today and not overlap another review of the version (the database's exclusion constraint
 * decides when two are recorded at once); every office step is rated once. The figures shown
 * with each step are computed again here and stored with it, so the record says what the
 * reviewer saw.
 */
export async function recordSopReview(ctx: Context, input: SopReviewInput, reviewerId: string) {
  const version = await reviewableVersion(ctx, input.sopVersionId);
  if (input.periodTo > toJakartaDate(ctx.now()))
    invalidField(ctx, 'sop_review.period_in_future', ['periodTo']);
  if (input.periodFrom < toJakartaDate(version.effectiveAt))
    invalidField(ctx, 'sop_review.period_before_version', ['periodFrom']);
  const definition = readSopDefinition(version.definition);
  const coverage = reviewCoverage(
    definition,
    input.steps.map((s) => s.stepKey),
  );
  if (coverage.missing.length || coverage.unknown.length)
    invalidField(ctx, 'sop_review.steps_mismatch', ['steps']);
  const prefill = await prefillReview(ctx, version.id, {
    from: input.periodFrom,
    to: input.periodTo,
  });
  const figures = new Map(prefill.steps.map((s, i) => [s.stepKey, { ...s, position: i }]));
  const reviewedAt = ctx.now();
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const review = await tx.sopReview.create({
        data: {
          sopVersionId: version.id,
          periodFrom: day(input.periodFrom),
          periodTo: day(input.periodTo),
          actions: input.actions,
          conclusion: input.conclusion ?? null,
          requestCount: prefill.requestCount,
          complaintCount: prefill.complaints.length,
          reviewerId,
          reviewedAt,
          createdAt: reviewedAt,
          steps: {
            create: input.steps.map((s) => {
              const f = figures.get(s.stepKey);
              return {
                stepKey: s.stepKey,
                position: f?.position ?? 0,
                rating: s.rating,
                note: s.note,
                correctiveAction: s.correctiveAction ?? null,
                measured: f?.figures?.measured ?? 0,
                onTime: f?.figures?.onTime ?? 0,
                medianWorkingDays: f?.figures?.medianWorkingDays ?? null,
              };
            }),
          },
        },
      });
      await recordAudit(tx, ctx, {
        action: 'sop.review',
        entityType: 'SopReview',
        entityId: review.id,
        data: {
          sopVersionId: version.id,
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          notRunningWell: input.steps
            .filter((s) => s.rating === 'tidak_berjalan_baik')
            .map((s) => s.stepKey),
        },
      });
      return review;
    });
  } catch (error) {
    if (isExclusionViolation(error, CONSTRAINTS.sopReviewPeriodOverlap))
      invalidField(ctx, 'sop_review.period_overlap', ['periodFrom']);
    throw error;
  }
}

/**
 * Starts a new draft of the SOP from a review's actions, linked to the review (one draft per
 * review: a second click, or two people at once, get the draft that exists). The draft copies
 * the SOP's version in force (the reviewed one when none is), and its change note lists the
 * review's actions and the corrective actions of the steps that did not run well.
 */
export async function startSopDraftFromReview(ctx: Context, reviewId: string, staffId: string) {
  const review = isUuid(reviewId)
    ? await ctx.prisma.sopReview.findUnique({
        where: { id: reviewId },
        include: {
          draft: { select: { id: true } },
          sopVersion: { select: { id: true, sopId: true, definition: true } },
          steps: { orderBy: { position: 'asc' } },
        },
      })
    : null;
  if (!review) throw notFound('SOP review');
  if (review.draft) return review.draft;
  const inForce = await ctx.prisma.sopVersion.findFirst({
    where: { sopId: review.sopVersion.sopId, status: 'published' },
    orderBy: { versionNo: 'desc' },
    select: { id: true, definition: true },
  });
  const base = inForce ?? review.sopVersion;
  const names = new Map(
    prefillSopReview(readSopDefinition(review.sopVersion.definition), {}).map((s) => [
      s.stepKey,
      s.name,
    ]),
  );
  const changeNote = reviewDraftChangeNote({
    periodFrom: toJakartaDate(review.periodFrom),
    periodTo: toJakartaDate(review.periodTo),
    actions: review.actions,
    steps: review.steps.map((s) => ({
      name: names.get(s.stepKey) ?? s.stepKey,
      correctiveAction: s.correctiveAction,
    })),
  });
  try {
    return await draftSopVersion(
      ctx,
      {
        basedOnVersionId: base.id,
        definition: base.definition as Record<string, unknown>,
        changeNote,
      },
      staffId,
      { sourceReviewId: review.id },
    );
  } catch (error) {
    // Someone started it at the same moment: the draft that won is the review's draft.
    const existing = await ctx.prisma.sopVersion.findUnique({
      where: { sourceReviewId: review.id },
      select: { id: true },
    });
    if (!existing) throw error;
    return existing;
  }
}

/** Where each published SOP version stands with its six-monthly review. */
export interface SopReviewStatus {
  sopVersionId: string;
  sopName: string;
  versionNo: number;
  lastReviewedAt: Date | null;
  dueOn: IsoDate;
  due: boolean;
}

/** The review status of every version in force (`sopReviewDue` from packages/sop). */
export async function sopReviewStatuses(
  prisma: Context['prisma'],
  now: Date,
): Promise<SopReviewStatus[]> {
  const versions = await prisma.sopVersion.findMany({
    where: { status: 'published', effectiveAt: { not: null } },
    orderBy: { versionNo: 'desc' },
    select: {
      id: true,
      versionNo: true,
      effectiveAt: true,
      sop: { select: { name: true } },
      reviews: { orderBy: { reviewedAt: 'desc' }, take: 1, select: { reviewedAt: true } },
    },
  });
  return versions.map((v) => {
    const lastReviewedAt = v.reviews[0]?.reviewedAt ?? null;
    const { dueOn, due } = sopReviewDue({
      publishedAt: v.effectiveAt ?? now,
      lastReviewedAt,
      now,
    });
    return {
      sopVersionId: v.id,
      sopName: v.sop.name,
      versionNo: v.versionNo,
      lastReviewedAt,
      dueOn,
      due,
    };
  });
}
