import { testDatabaseKinds } from '@blk/db/testing';
import { toJakartaDate } from '@blk/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiForSuite } from '../../testing/suite-api';
import { queueSopReviewReminders } from './sop-review-reminders';

const PREFILL = `query($id: ID!) { sopReviewPrefill(sopVersionId: $id) {
  periodFrom periodTo requestCount
  steps { stepKey name measured onTime onTimeShare medianWorkingDays suggestedRating note }
  complaints { trackingCode } } }`;
const RECORD = `mutation($input: RecordSopReviewInput!) { recordSopReview(input: $input) {
  __typename ... on SopReview { id requestCount complaintCount steps { stepKey rating measured onTime } reviewer { name } }
  ... on ValidationError { issues { path code } } ... on Error { code } } }`;
const DRAFT = `mutation($id: ID!) { startSopDraftFromReview(reviewId: $id) {
  __typename ... on SopVersion { id status changeNote sourceReview { id } } ... on Error { code } } }`;

interface Prefill {
  periodFrom: string;
  periodTo: string;
  requestCount: number;
  steps: {
    stepKey: string;
    measured: number;
    onTime: number;
    onTimeShare: number | null;
    suggestedRating: string | null;
    note: string;
  }[];
  complaints: { trackingCode: string }[];
}

describe.each(testDatabaseKinds())('SOP monitoring and evaluation on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['kasi'] });
  let versionId: string;
  beforeAll(async () => {
    versionId = (
      await api.db.prisma.sopVersion.findFirstOrThrow({ where: { status: 'published' } })
    ).id;
  });

  it('prefills a review from the figures, records it, and starts one draft from it', async () => {
    const res = await api.gql<{ sopReviewPrefill: Prefill }>(
      PREFILL,
      { id: versionId },
      { cookie: staff.kasi },
    );
    expect(res.errors).toBeUndefined();
    const prefill = res.data?.sopReviewPrefill as Prefill;
    // The figures are the system's own: requests of the version in the period, and per step the
    // visits measured, with the suggestion following the on-time share.
    const requests = await api.db.prisma.trainingRequest.count({
      where: { sopVersionId: versionId },
    });
    expect(prefill.requestCount).toBe(requests);
    expect(prefill.requestCount).toBeGreaterThan(0);
    const measuredSteps = prefill.steps.filter((s) => s.measured > 0);
    expect(measuredSteps.length).toBeGreaterThan(0);
    for (const s of measuredSteps) {
      expect(s.onTimeShare).toBeCloseTo(s.onTime / s.measured);
      expect(s.suggestedRating).toBe(
        (s.onTimeShare ?? 0) >= 0.8 ? 'berjalan_baik' : 'tidak_berjalan_baik',
      );
      expect(s.note).toContain(`${s.onTime} dari ${s.measured} tepat waktu`);
    }
    const complaints = await api.db.prisma.complaint.count({ where: { kind: 'pengaduan' } });
    expect(prefill.complaints).toHaveLength(complaints);

    const steps = prefill.steps.map((s, i) => ({
      stepKey: s.stepKey,
      rating: i === 0 ? 'tidak_berjalan_baik' : 'berjalan_baik',
      note: s.note,
      ...(i === 0 ? { correctiveAction: 'Tambah satu petugas verifikasi' } : {}),
    }));
    const input = {
      sopVersionId: versionId,
      periodFrom: prefill.periodFrom,
      periodTo: prefill.periodTo,
      steps,
      actions: ['Sosialisasi ulang SOP kepada petugas layanan'],
    };
    // A step that did not run well needs its corrective action; every step is rated.
    const noAction = await api.gql<{
      recordSopReview: { issues?: { path: string; code: string }[] };
    }>(
      RECORD,
      {
        input: {
          ...input,
          steps: [{ ...steps[0], correctiveAction: undefined }, ...steps.slice(1)],
        },
      },
      { cookie: staff.kasi },
    );
    expect(noAction.data?.recordSopReview.issues).toEqual([
      { path: 'steps.0.correctiveAction', code: 'sop_review.corrective_action_required' },
    ]);
    const missing = await api.gql<{ recordSopReview: { issues?: { code: string }[] } }>(
      RECORD,
      { input: { ...input, steps: steps.slice(1) } },
      { cookie: staff.kasi },
    );
    expect(missing.data?.recordSopReview.issues?.[0]?.code).toBe('sop_review.steps_mismatch');
    // The kepala dinas reads reviews but does not record them.
    const kadis = await api.login('kadis@blk.example');
    const byKadis = await api.gql<{ recordSopReview: { code?: string } }>(
      RECORD,
      { input },
      { cookie: kadis },
    );
    expect(byKadis.errors?.[0]?.extensions?.code ?? byKadis.data?.recordSopReview.code).toBe(
      'FORBIDDEN',
    );

    const recorded = await api.gql<{
      recordSopReview: {
        id: string;
        requestCount: number;
        steps: { stepKey: string; measured: number }[];
      };
    }>(RECORD, { input }, { cookie: staff.kasi });
    const review = recorded.data?.recordSopReview;
    expect(review?.requestCount).toBe(prefill.requestCount);
    expect(review?.steps.map((s) => [s.stepKey, s.measured])).toEqual(
      prefill.steps.map((s) => [s.stepKey, s.measured]),
    );
    // The same period again overlaps: the database's exclusion constraint refuses it.
    const again = await api.gql<{ recordSopReview: { issues?: { code: string }[] } }>(
      RECORD,
      { input },
      { cookie: staff.kasi },
    );
    expect(again.data?.recordSopReview.issues?.[0]?.code).toBe('sop_review.period_overlap');

    const draft = await api.gql<{
      startSopDraftFromReview: {
        id: string;
        status: string;
        changeNote: string;
        sourceReview: { id: string };
      };
    }>(DRAFT, { id: review?.id }, { cookie: staff.kasi });
    expect(draft.data?.startSopDraftFromReview).toMatchObject({
      status: 'draft',
      sourceReview: { id: review?.id },
    });
    expect(draft.data?.startSopDraftFromReview.changeNote).toContain(
      'Tambah satu petugas verifikasi',
    );
    expect(draft.data?.startSopDraftFromReview.changeNote).toContain('Sosialisasi ulang SOP');
    // Two clicks at once still give one draft.
    const [a, b] = await Promise.all([
      api.gql<{ startSopDraftFromReview: { id: string } }>(
        DRAFT,
        { id: review?.id },
        { cookie: staff.kasi },
      ),
      api.gql<{ startSopDraftFromReview: { id: string } }>(
        DRAFT,
        { id: review?.id },
        { cookie: kadis },
      ),
    ]);
    expect(a.data?.startSopDraftFromReview.id).toBe(draft.data?.startSopDraftFromReview.id);
    expect(b.data?.startSopDraftFromReview.id).toBe(draft.data?.startSopDraftFromReview.id);
    expect(await api.db.prisma.sopVersion.count({ where: { sourceReviewId: review?.id } })).toBe(1);
  });

  it('reminds the kepala seksi and kepala dinas once when 6 months pass without a review', async () => {
    const prisma = api.db.prisma;
    const version = await prisma.sopVersion.findUniqueOrThrow({ where: { id: versionId } });
    const last = await prisma.sopReview.findFirst({
      where: { sopVersionId: versionId },
      orderBy: { reviewedAt: 'desc' },
    });
    const from = last?.reviewedAt ?? version.effectiveAt ?? new Date();
    const notYet = new Date(from.getTime() + 170 * 86_400_000);
    const later = new Date(from.getTime() + 190 * 86_400_000);
    const before = await prisma.notificationOutbox.count({ where: { template: 'sop_review_due' } });
    expect(await queueSopReviewReminders(prisma, notYet)).toBe(0);
    // Two processes at once: the reminder row decides, so the mail goes out once.
    const runs = await Promise.all([
      queueSopReviewReminders(prisma, later),
      queueSopReviewReminders(prisma, later),
    ]);
    expect(runs[0] + runs[1]).toBe(1);
    expect(await queueSopReviewReminders(prisma, later)).toBe(0);
    const mails = await prisma.notificationOutbox.findMany({
      where: { template: 'sop_review_due' },
      orderBy: { recipient: 'asc' },
    });
    expect(mails.length - before).toBe(2);
    expect(mails.map((m) => m.recipient)).toEqual(['kadis@blk.example', 'kasi@blk.example']);
    expect(
      toJakartaDate(later) >= String((mails[0]?.payload as { dueOn?: string } | undefined)?.dueOn),
    ).toBe(true);
  });

  it('shows a due review on the landing of the kepala dinas only while it is due', async () => {
    const kadis = await api.login('kadis@blk.example');
    const kabid = await api.login('kabid@blk.example');
    const q = '{ attention { sopReviewsDue { sopVersionId due dueOn } } }';
    type A = { attention: { sopReviewsDue: { sopVersionId: string; due: boolean }[] } };
    // Reviewed just now (first test): not due.
    expect((await api.gql<A>(q, {}, { cookie: kadis })).data?.attention.sopReviewsDue).toEqual([]);
    await api.db.prisma.sopReview.updateMany({
      where: { sopVersionId: versionId },
      data: { reviewedAt: new Date(Date.now() - 200 * 86_400_000) },
    });
    expect(
      (await api.gql<A>(q, {}, { cookie: kadis })).data?.attention.sopReviewsDue?.map(
        (r) => r.sopVersionId,
      ),
    ).toEqual([versionId]);
    expect((await api.gql<A>(q, {}, { cookie: kabid })).data?.attention.sopReviewsDue).toEqual([]);
  });
});
