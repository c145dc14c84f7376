import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import type { HistoryEvent, RequestHistory } from './sla';
import {
  prefillSopReview,
  reviewCoverage,
  reviewDraftChangeNote,
  sopReviewDue,
  sopReviewSchema,
  stepFigures,
} from './sop-review';
import { calendar, wib } from './test-fixtures';

const ev = (action: string, fromState: string, toState: string, at: string): HistoryEvent => ({
  action,
  fromState,
  toState,
  at: wib(at),
});

describe('sopReviewDue', () => {
  it('is due 6 months after publication, then 6 months after each review', () => {
    const publishedAt = wib('2025-01-15T10:00');
    expect(
      sopReviewDue({ publishedAt, lastReviewedAt: null, now: wib('2025-07-14T23:00') }),
    ).toEqual({ dueOn: '2025-07-15', due: false });
    expect(
      sopReviewDue({ publishedAt, lastReviewedAt: null, now: wib('2025-07-15T08:00') }).due,
    ).toBe(true);
    expect(
      sopReviewDue({
        publishedAt,
        lastReviewedAt: wib('2025-08-31T09:00'),
        now: wib('2026-02-27T09:00'),
      }),
    ).toEqual({ dueOn: '2026-02-28', due: false });
  });
});

describe('stepFigures and prefillSopReview', () => {
  // Verification on time twice; the assessment late once (5-day standard, took 7) and on time once.
  const histories: RequestHistory[] = [
    {
      submittedAt: wib('2025-03-03T09:00'),
      events: [
        ev('verify', 'diterima', 'asesmen_kebutuhan', '2025-03-03T14:00'),
        ev('submit_assessment', 'asesmen_kebutuhan', 'persetujuan', '2025-03-12T14:00'),
      ],
    },
    {
      submittedAt: wib('2025-03-04T09:00'),
      events: [
        ev('verify', 'diterima', 'asesmen_kebutuhan', '2025-03-04T15:00'),
        ev('submit_assessment', 'asesmen_kebutuhan', 'persetujuan', '2025-03-06T15:00'),
      ],
    },
  ];
  const figures = stepFigures(
    histories.map((history) => ({ definition: DEFAULT_SOP, history })),
    { now: wib('2025-03-07T09:00'), calendar },
  );

  it('measures the on-time share and median time per step', () => {
    expect(figures.diterima).toMatchObject({ measured: 2, onTime: 2, onTimeShare: 1 });
    expect(figures.asesmen_kebutuhan).toMatchObject({ measured: 2, onTime: 1, onTimeShare: 0.5 });
    expect(figures.asesmen_kebutuhan?.medianWorkingDays).toBeCloseTo((7 + 2) / 2, 10);
  });

  it('prefills one row per office step, in SOP order, with a suggested rating and a note', () => {
    const rows = prefillSopReview(DEFAULT_SOP, figures);
    expect(rows[0]).toMatchObject({
      stepKey: 'diterima',
      suggestedRating: 'berjalan_baik',
      note: '2 dari 2 tepat waktu (100%); median 0,2 hari kerja.',
    });
    expect(rows[1]).toMatchObject({
      stepKey: 'asesmen_kebutuhan',
      role: 'kepala_seksi',
      suggestedRating: 'tidak_berjalan_baik',
      note: '1 dari 2 tepat waktu (50%); median 4,5 hari kerja.',
    });
    const approval = rows.find((r) => r.stepKey === 'persetujuan');
    expect(approval).toMatchObject({ figures: null, suggestedRating: null });
    expect(approval?.note).toBe('Belum ada data pada periode ini.');
    // The requester's and the system's steps and the end steps are not rated.
    expect(rows.map((r) => r.stepKey)).not.toContain('menunggu_kelengkapan');
    expect(rows.map((r) => r.stepKey)).not.toContain('selesai');
    expect(
      prefillSopReview(DEFAULT_SOP, figures, { minOnTimeShare: 0.5 })[1]?.suggestedRating,
    ).toBe('berjalan_baik');
  });
});

describe('sopReviewSchema, reviewCoverage and reviewDraftChangeNote', () => {
  const rows = prefillSopReview(DEFAULT_SOP, {});
  const steps = rows.map((r) => ({ stepKey: r.stepKey, rating: 'berjalan_baik', note: r.note }));
  const valid = {
    sopVersionId: '0192f6a8-0000-7000-8000-000000000001',
    periodFrom: '2026-01-02',
    periodTo: '2026-06-30',
    steps,
    actions: ['Sosialisasi SOP kepada petugas baru'],
  };

  it('takes a review that rates every office step', () => {
    const parsed = sopReviewSchema.parse(valid);
    expect(
      reviewCoverage(
        DEFAULT_SOP,
        parsed.steps.map((s) => s.stepKey),
      ),
    ).toEqual({
      missing: [],
      unknown: [],
    });
  });

  it('asks for a corrective action where a step did not run well', () => {
    const bad = { ...valid, steps: [{ ...steps[0], rating: 'tidak_berjalan_baik' }] };
    const result = sopReviewSchema.safeParse(bad);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['steps.0.correctiveAction', 'sop_review.corrective_action_required'],
    ]);
  });

  it('refuses a period that ends before it starts and a step rated twice', () => {
    const result = sopReviewSchema.safeParse({
      ...valid,
      periodTo: '2026-01-01',
      steps: [steps[0], steps[0]],
    });
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual([
      'common.duplicate_items',
      'date.end_before_start',
    ]);
  });

  it('names the steps a review leaves out and those the version does not have', () => {
    const first = rows[0]?.stepKey ?? '';
    expect(
      reviewCoverage(DEFAULT_SOP, [...rows.slice(1).map((r) => r.stepKey), 'tidak_ada']),
    ).toEqual({ missing: [first], unknown: ['tidak_ada'] });
  });

  it('writes the change note of a draft from the actions and corrective actions', () => {
    expect(
      reviewDraftChangeNote({
        periodFrom: '2026-01-02',
        periodTo: '2026-06-30',
        actions: ['Tambah petugas verifikasi'],
        steps: [
          { name: 'Verifikasi berkas', correctiveAction: 'Batas waktu menjadi 2 hari kerja' },
          { name: 'Persetujuan', correctiveAction: null },
        ],
      }),
    ).toBe(
      [
        'Tindak lanjut evaluasi SOP periode 2 Januari 2026 s.d. 30 Juni 2026:',
        '- Tambah petugas verifikasi',
        '- Verifikasi berkas: Batas waktu menjadi 2 hari kerja',
      ].join('\n'),
    );
  });
});
