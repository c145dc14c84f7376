import { describe, expect, it } from 'vitest';
import {
  checkedSopDefinition,
  declaresEffects,
  readSopDefinition,
  StoredSopDefinitionError,
  withDefaultEffects,
} from './compat';
import { DEFAULT_SOP } from './default-sop';
import { actionsOf, type SopDefinition, scheduleSourceOf } from './definition';
import { effectOf } from './effects';
import {
  actionWarnings,
  type ClassRecords,
  computedReportInputs,
  formInputs,
  reportFigures,
} from './guards';
import { DEFAULT_ROLES } from './roles';
import { checkTransition, type RequestSnapshot } from './state-machine';
import { actors, calendar, legacyDefinition, must, wib } from './test-fixtures';
import { validateSopDefinition } from './validate';

const roles = [...DEFAULT_ROLES];
const clone = () => structuredClone(DEFAULT_SOP) as SopDefinition;
const actionIn = (def: SopDefinition, step: string, key: string) =>
  must(must(def.steps.find((s) => s.key === step)).actions.find((a) => a.key === key));

const days = ['2025-03-10', '2025-03-11', '2025-03-12'];
const person = (
  present: string[],
  pre: number | null,
  post: number | null,
): ClassRecords['participants'][number] => ({
  attendance: present.map((date) => ({ date, status: 'hadir' as const })),
  preTestScore: pre,
  postTestScore: post,
});
const fullClass: ClassRecords = {
  classSizeMax: 16,
  days,
  participants: [person(days, 50, 80), person(days, 60, 90), person(days.slice(0, 2), 40, null)],
};
const schedule = { startDate: '2025-03-10', endDate: '2025-03-12' };
const snap = (state: string, extra: Partial<RequestSnapshot> = {}): RequestSnapshot => ({
  state,
  stepStartedAt: wib('2025-03-03T08:00'),
  assignedStaffIds: ['st-instr'],
  schedule,
  ...extra,
});

describe('SOP effects: validation', () => {
  it('the default SOP declares effects and has no problems', () => {
    expect(declaresEffects(DEFAULT_SOP)).toBe(true);
    expect(validateSopDefinition(DEFAULT_SOP, roles)).toEqual([]);
    expect(scheduleSourceOf(DEFAULT_SOP)).toEqual({
      step: 'penjadwalan',
      startDateInput: 'startDate',
      endDateInput: 'endDate',
    });
  });

  const cases: [string, (d: SopDefinition) => void, string, Record<string, unknown>?][] = [
    [
      'createSchedule naming an input the step lacks',
      (d) => {
        const e = effectOf(actionIn(d, 'penjadwalan', 'schedule').effects, 'createSchedule');
        if (e) e.startDateInput = 'openingDay';
      },
      'EFFECT_UNKNOWN_INPUT',
      { params: { key: 'openingDay' } },
    ],
    [
      'createSchedule on a text input',
      (d) => {
        const e = effectOf(actionIn(d, 'penjadwalan', 'schedule').effects, 'createSchedule');
        if (e) e.endDateInput = 'venue';
      },
      'EFFECT_INPUT_TYPE',
    ],
    [
      'an attachment kind that does not exist',
      (d) => {
        actionIn(d, 'menunggu_kelengkapan', 'complete').effects = [
          { type: 'requireAttachment', input: 'documents', kind: 'foto_selfie' },
        ];
      },
      'EFFECT_UNKNOWN_ATTACHMENT_KIND',
    ],
    [
      'a survey recorded by staff',
      (d) => {
        actionIn(d, 'persetujuan', 'approve').effects = [{ type: 'recordSurvey' }];
      },
      'EFFECT_WRONG_ACTOR',
    ],
    [
      'an effect listed twice',
      (d) => {
        actionIn(d, 'pelaksanaan', 'finish').effects?.push({ type: 'issueCertificates' });
      },
      'DUPLICATE_EFFECT',
    ],
    [
      'certificates without any class',
      (d) => {
        actionIn(d, 'penjadwalan', 'schedule').effects = [];
      },
      'EFFECT_WITHOUT_SCHEDULE',
    ],
    [
      'two sources of the schedule',
      (d) => {
        actionIn(d, 'terjadwal', 'reschedule').effects?.push({
          type: 'createSchedule',
          startDateInput: 'reason',
          endDateInput: 'reason',
          instructorsInput: 'reason',
        });
      },
      'SCHEDULE_SOURCE_COUNT',
    ],
    [
      'a guard reason that is a required input',
      (d) => {
        const input = actionIn(d, 'terjadwal', 'start').inputs?.[0];
        if (input) input.required = true;
      },
      'EFFECT_INPUT_TYPE',
    ],
  ];
  it.each(cases)('%s → %s', (_name, change, code, extra) => {
    const def = clone();
    change(def);
    const found = validateSopDefinition(def, roles).filter((p) => p.code === code);
    expect(found.length).toBeGreaterThan(0);
    if (extra) expect(found).toContainEqual(expect.objectContaining(extra));
  });
});

describe('SOP effects: versions stored without effects', () => {
  const legacy = legacyDefinition(clone());
  const types = (def: SopDefinition) =>
    def.steps.flatMap((s) =>
      actionsOf(def, s.key).map((a) => `${s.key}.${a.key}:${(a.effects ?? []).map((e) => e.type)}`),
    );

  it('get the default behaviour, as effects, and still validate', () => {
    expect(declaresEffects(legacy)).toBe(false);
    const read = readSopDefinition(legacy);
    // As before effects, any move into the scheduling step frees a standing class (approving
    // finds none to free).
    expect(types(read)).toEqual(
      types(DEFAULT_SOP).map((t) =>
        t === 'persetujuan.approve:' ? 'persetujuan.approve:cancelSchedule' : t,
      ),
    );
    expect(validateSopDefinition(read, roles)).toEqual([]);
    // The guard rails bring their optional reason input.
    expect(actionIn(read, 'pelaksanaan', 'finish').inputs?.map((i) => i.key)).toEqual([
      'overrideReason',
    ]);
    expect(effectOf(actionIn(read, 'pelaporan', 'submit_report').effects, 'classReport')).toEqual(
      expect.objectContaining({
        figures: {
          participants: 'participantsEnrolled',
          completed: 'participantCount',
          attendanceSummary: 'attendanceSummary',
          preTestMean: 'preTestAverage',
          postTestMean: 'postTestAverage',
        },
      }),
    );
  });

  it('are read once per stored object; new definitions are taken as written', () => {
    expect(readSopDefinition(legacy)).toBe(readSopDefinition(legacy));
    expect(readSopDefinition(DEFAULT_SOP)).toBe(DEFAULT_SOP);
  });

  it('are checked against the SOP format, never cast', () => {
    const broken = { ...clone(), steps: [{ key: 'Not A Key', actions: 'none' }] };
    expect(() => readSopDefinition(broken)).toThrow(StoredSopDefinitionError);
    expect(() => checkedSopDefinition({ ...clone(), steps: [] })).toThrow(/steps/);
    expect(() => readSopDefinition(null)).toThrow(StoredSopDefinitionError);
    // As written: no default effects, nothing stripped.
    const stored = { ...legacyDefinition(clone()), note: 'kept' };
    expect(checkedSopDefinition(stored)).toBe(stored);
  });

  it('treat a legacy file input as an attachment of the step’s kind', () => {
    const def = legacyDefinition(clone());
    must(def.steps.find((s) => s.key === 'pelaporan')).requiredInputs.push({
      key: 'reportFile',
      label: { id: 'Berkas laporan' },
      type: 'file',
      required: true,
    });
    const effects = actionIn(withDefaultEffects(def), 'pelaporan', 'submit_report').effects;
    expect(effectOf(effects, 'requireAttachment')).toEqual({
      type: 'requireAttachment',
      input: 'reportFile',
      kind: 'laporan_pelaksanaan',
    });
  });
});

describe('guard rails', () => {
  const start = actionIn(DEFAULT_SOP, 'terjadwal', 'start').effects;
  const finish = actionIn(DEFAULT_SOP, 'pelaksanaan', 'finish').effects;

  it('warn before the first and the last scheduled day', () => {
    expect(actionWarnings(start, { schedule }, wib('2025-03-07T09:00'))).toEqual([
      {
        code: 'BEFORE_FIRST_DAY',
        reasonInput: 'overrideReason',
        params: { day: '2025-03-10', today: '2025-03-07' },
      },
    ]);
    expect(actionWarnings(start, { schedule }, wib('2025-03-10T07:00'))).toEqual([]);
    expect(
      actionWarnings(finish, { schedule, classRecords: fullClass }, wib('2025-03-11T15:00')).map(
        (w) => w.code,
      ),
    ).toEqual(['BEFORE_LAST_DAY', 'SCORES_MISSING']);
    // Without a schedule the rail has nothing to compare with.
    expect(actionWarnings(start, {}, wib('2025-03-07T09:00'))).toEqual([]);
  });

  it('count the days held without attendance and the participants without scores', () => {
    const sparse: ClassRecords = {
      ...fullClass,
      participants: [person(['2025-03-10'], 50, 80), person([], null, null)],
    };
    expect(
      actionWarnings(finish, { schedule, classRecords: sparse }, wib('2025-03-12T15:00')),
    ).toEqual([
      {
        code: 'ATTENDANCE_MISSING',
        reasonInput: 'overrideReason',
        params: { days: 3, held: 3 },
      },
      {
        code: 'SCORES_MISSING',
        reasonInput: 'overrideReason',
        params: { participants: 1, of: 2 },
      },
    ]);
    expect(
      actionWarnings(
        finish,
        { schedule, classRecords: { ...fullClass, participants: [] } },
        wib('2025-03-12T15:00'),
      ).map((w) => w.code),
    ).toEqual(['NO_PARTICIPANTS']);
  });

  it('show the reason field only when warned, and mark computed inputs', () => {
    const inputs = actionIn(DEFAULT_SOP, 'terjadwal', 'start').inputs ?? [];
    expect(formInputs(start, inputs, [])).toEqual([]);
    const warned = formInputs(start, inputs, [
      { code: 'BEFORE_FIRST_DAY', reasonInput: 'overrideReason', params: {} },
    ]);
    expect(warned).toEqual([expect.objectContaining({ key: 'overrideReason', required: true })]);
    const report = actionIn(DEFAULT_SOP, 'pelaporan', 'submit_report');
    const step = must(DEFAULT_SOP.steps.find((s) => s.key === 'pelaporan'));
    const shown = formInputs(report.effects, step.requiredInputs, []);
    expect(shown.filter((i) => i.computed).map((i) => i.key)).toEqual([
      'participantsEnrolled',
      'participantCount',
      'attendanceSummary',
      'preTestAverage',
      'postTestAverage',
    ]);
    expect(shown.find((i) => i.key === 'note')?.computed).toBe(false);
  });
});

describe('the report figures come from the class', () => {
  it('computes participants, completers, attendance and score means', () => {
    expect(reportFigures(fullClass)).toEqual({
      participants: 3,
      completed: 2,
      attendancePercent: 88.9,
      attendanceSummary:
        'Rata-rata kehadiran 88,9% dari 3 hari pelatihan; 2 dari 3 peserta menyelesaikan pelatihan',
      preTestMean: 50,
      postTestMean: 85,
    });
    expect(reportFigures({ ...fullClass, participants: [] })).toEqual(
      expect.objectContaining({ participants: 0, preTestMean: null }),
    );
    expect(computedReportInputs([], fullClass)).toEqual({});
  });

  const ctx = { now: wib('2025-03-13T09:00'), calendar };
  it('replaces typed figures by the class’s own and refuses an over-full class', () => {
    const typed = {
      participantsEnrolled: 500,
      participantCount: 500,
      attendanceSummary: 'semua hadir',
      preTestAverage: 10,
      postTestAverage: 100,
    };
    const ok = checkTransition(
      DEFAULT_SOP,
      snap('pelaporan', { classRecords: fullClass }),
      actors.instruktur,
      'submit_report',
      typed,
      ctx,
    );
    expect(ok.ok && ok.event.inputs).toEqual({
      participantsEnrolled: 3,
      participantCount: 2,
      attendanceSummary: expect.stringContaining('88,9%'),
      preTestAverage: 50,
      postTestAverage: 85,
    });
    const crowded = {
      ...fullClass,
      classSizeMax: 2,
    };
    const refused = checkTransition(
      DEFAULT_SOP,
      snap('pelaporan', { classRecords: crowded }),
      actors.instruktur,
      'submit_report',
      {},
      ctx,
    );
    expect(refused.ok ? [] : refused.reasons).toEqual([
      { code: 'CLASS_OVER_SIZE', params: { participants: 3, max: 2 } },
    ]);
  });

  it('refuses to start before the first day without a reason, and records one', () => {
    const early = { now: wib('2025-03-07T09:00'), calendar };
    const refused = checkTransition(
      DEFAULT_SOP,
      snap('terjadwal'),
      actors.instruktur,
      'start',
      {},
      early,
    );
    expect(refused.ok ? [] : refused.reasons).toEqual([
      {
        code: 'REASON_REQUIRED',
        field: 'overrideReason',
        params: { warnings: ['BEFORE_FIRST_DAY'] },
      },
    ]);
    const accepted = checkTransition(
      DEFAULT_SOP,
      snap('terjadwal'),
      actors.instruktur,
      'start',
      { overrideReason: 'Kapal ke lokasi hanya ada hari Jumat' },
      early,
    );
    expect(accepted.ok && accepted.event.inputs).toEqual({
      overrideReason: 'Kapal ke lokasi hanya ada hari Jumat',
    });
    expect(accepted.ok && accepted.event.warnings?.map((w) => w.code)).toEqual([
      'BEFORE_FIRST_DAY',
    ]);
  });

  it('refuses to finish with attendance missing unless a reason is given', () => {
    const sparse = { ...fullClass, participants: [person(['2025-03-10'], 50, 80)] };
    const r = checkTransition(
      DEFAULT_SOP,
      snap('pelaksanaan', { classRecords: sparse }),
      actors.instruktur,
      'finish',
      {},
      ctx,
    );
    expect(r.ok ? [] : r.reasons).toEqual([
      {
        code: 'REASON_REQUIRED',
        field: 'overrideReason',
        params: { warnings: ['ATTENDANCE_MISSING'] },
      },
    ]);
  });
});

describe('an SOP whose every step and action is renamed', () => {
  /** A copy of the default SOP with new keys for every step and action. */
  function renamed(): SopDefinition {
    const def = clone();
    const stepKey = (k: string) => `tahap_${k}`;
    for (const step of def.steps) {
      step.key = stepKey(step.key);
      for (const a of step.actions) {
        a.key = `aksi_${a.key}`;
        a.to = stepKey(a.to);
      }
    }
    for (const g of def.globalActions ?? []) {
      g.key = `aksi_${g.key}`;
      g.to = stepKey(g.to);
      g.from = g.from.map(stepKey);
    }
    return def;
  }

  it('keeps its behaviour: schedule source, guard rails and computed report', () => {
    const def = renamed();
    expect(validateSopDefinition(def, roles)).toEqual([]);
    expect(scheduleSourceOf(def)?.step).toBe('tahap_penjadwalan');
    const ctx = { now: wib('2025-03-07T09:00'), calendar };
    const start = checkTransition(
      def,
      snap('tahap_terjadwal'),
      actors.instruktur,
      'aksi_start',
      {},
      ctx,
    );
    expect(start.ok ? [] : start.reasons.map((r) => r.code)).toEqual(['REASON_REQUIRED']);
    const scheduled = checkTransition(
      def,
      snap('tahap_penjadwalan', { schedule: undefined }),
      actors.koordinator,
      'aksi_schedule',
      {
        startDate: '2025-03-10',
        endDate: '2025-03-21',
        instructors: ['i-1'],
        venue: 'Balai desa',
      },
      ctx,
    );
    expect(scheduled.ok && scheduled.event.schedule).toEqual({
      startDate: '2025-03-10',
      endDate: '2025-03-21',
    });
    const report = checkTransition(
      def,
      snap('tahap_pelaporan', { classRecords: fullClass }),
      actors.instruktur,
      'aksi_submit_report',
      {},
      ctx,
    );
    expect(report.ok && report.event.inputs.participantCount).toBe(2);
  });
});
