import {
  addWorkingDays,
  addWorkingHours,
  createWorkingCalendar,
  endOfJakartaDay,
  isWorkingDay,
  toJakartaDate,
} from '@blk/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import {
  actionsOf,
  actorKindOf,
  findStep,
  type InputSpec,
  rolesFor,
  type SopDefinition,
} from './definition';
import {
  type Actor,
  actionInputs,
  availableActions,
  checkInputValues,
  checkTransition,
  dueSystemActions,
  firstDeadline,
  initialState,
  type RequestSnapshot,
  stepDeadline,
} from './state-machine';
import { actors, calendar, wib } from './test-fixtures';

const now = wib('2025-03-03T10:00'); // Monday
const ctx = { now, calendar };
const at = (state: string, extra: Partial<RequestSnapshot> = {}): RequestSnapshot => ({
  state,
  stepStartedAt: wib('2025-03-03T08:30'),
  ...extra,
});

const assessment = {
  surveyDate: '2025-03-01',
  findings: 'Warga desa membutuhkan keterampilan menjahit',
  localPotential: 'Kerajinan cual khas Bangka',
  facilities: 'Balai desa, listrik 2200 VA',
  recommendedProgramme: 'Menjahit',
};
const schedule = {
  startDate: '2025-03-10',
  endDate: '2025-03-21',
  instructors: ['st-instr'],
  venue: 'Balai Desa Kace',
};
const report = {
  participantCount: 16,
  attendanceSummary: '16 dari 16 peserta hadir penuh',
  preTestAverage: 45.5,
  postTestAverage: 82,
  reportFile: 'file_123',
};

describe('initialState and firstDeadline', () => {
  it('starts at the start step', () => {
    expect(initialState(DEFAULT_SOP)).toBe('diterima');
  });

  it('throws without a single start step', () => {
    const def = structuredClone(DEFAULT_SOP);
    for (const s of def.steps) if (s.kind === 'start') s.kind = 'process';
    expect(() => initialState(def)).toThrow(/exactly one start/);
  });

  it.each([
    ['Monday morning', '2025-03-03T09:00', '2025-03-04'],
    ['Friday before Idul Fitri holidays', '2025-03-28T15:00', '2025-04-02'],
    ['Saturday (Monday is the first working day after it)', '2025-03-08T10:00', '2025-03-10'],
  ])('%s → end of %s', (_n, submitted, due) => {
    expect(firstDeadline(DEFAULT_SOP, wib(submitted), calendar)).toEqual(endOfJakartaDay(due));
  });
});

describe('stepDeadline', () => {
  it('is null for end steps and for jadwal steps without a schedule', () => {
    expect(stepDeadline(DEFAULT_SOP, 'selesai', now, calendar)).toBeNull();
    expect(stepDeadline(DEFAULT_SOP, 'pelaksanaan', now, calendar)).toBeNull();
    expect(stepDeadline(DEFAULT_SOP, 'nowhere', now, calendar)).toBeNull();
  });

  it.each([
    ['a working day', '2025-03-21', '2025-03-21'],
    ['a Saturday', '2025-03-22', '2025-03-24'],
    ['a Sunday before holidays', '2025-03-30', '2025-04-02'],
  ])('jadwal ending on %s is due at the end of %s', (_n, endDate, due) => {
    expect(stepDeadline(DEFAULT_SOP, 'pelaksanaan', now, calendar, { endDate })).toEqual(
      endOfJakartaDay(due),
    );
  });

  it('counts jam_kerja in office hours', () => {
    const def = structuredClone(DEFAULT_SOP);
    const s = findStep(def, 'diterima');
    if (s) s.timeStandard = { unit: 'jam_kerja', value: 4 };
    expect(stepDeadline(def, 'diterima', wib('2025-03-07T14:00'), calendar)).toEqual(
      wib('2025-03-10T10:00'),
    );
  });
});

describe('availableActions', () => {
  const keys = (state: string, actor: Actor) =>
    availableActions(DEFAULT_SOP, state, actor, { assignedStaffIds: ['st-instr'] }).map(
      (a) => a.key,
    );
  it.each<[string, Actor, string[]]>([
    // The front desk checks completeness (Lengkap? Ya / Tidak); rejecting is the kepala bidang's.
    ['diterima', actors.petugas, ['verify', 'return_for_completion']],
    ['diterima', actors.requester, ['cancel']],
    ['diterima', actors.kasi, []],
    ['diterima', actors.kadis, []],
    ['diterima', actors.system, []],
    ['menunggu_kelengkapan', actors.requester, ['complete', 'cancel']],
    ['menunggu_kelengkapan', actors.system, ['auto_close']],
    ['persetujuan', actors.kabid, ['approve', 'reject']],
    ['penjadwalan', actors.requester, ['cancel']],
    ['terjadwal', actors.requester, []],
    ['terjadwal', actors.instruktur, ['start']],
    // `start` is for the class's own instructors: the same rule as checkTransition (NOT_ASSIGNED).
    ['terjadwal', actors.instrukturLain, []],
    ['terjadwal', actors.koordinator, ['reschedule']],
    ['selesai', actors.petugas, []],
    ['nowhere', actors.petugas, []],
  ])('at %s, %o may take %o', (state, actor, expected) => {
    expect(keys(state, actor)).toEqual(expected);
  });

  it('offers assignedOnly actions only to the assigned staff', () => {
    expect(availableActions(DEFAULT_SOP, 'terjadwal', actors.instruktur).map((a) => a.key)).toEqual(
      [],
    );
    const start = availableActions(DEFAULT_SOP, 'terjadwal', actors.instruktur, {
      assignedStaffIds: ['st-instr'],
    })[0];
    expect(start).toMatchObject({ key: 'start', assignedOnly: true });
  });

  it('resolves inputs: step kelengkapan plus action inputs, none for skipped', () => {
    const [schedule] = availableActions(DEFAULT_SOP, 'penjadwalan', actors.koordinator);
    expect(schedule?.inputs.map((i) => i.key)).toEqual([
      'startDate',
      'endDate',
      'instructors',
      'venue',
    ]);
    const cancel = availableActions(DEFAULT_SOP, 'penjadwalan', actors.requester)[0];
    expect(cancel?.inputs.map((i) => i.key)).toEqual(['reason']);
    const approve = availableActions(DEFAULT_SOP, 'persetujuan', actors.kabid)[0];
    expect(approve).toMatchObject({ branch: 'yes', actor: 'staff', assignedOnly: false });
  });
});

describe('checkTransition', () => {
  type Case = [string, RequestSnapshot, Actor, string, Record<string, unknown>, string];
  const accepted: Case[] = [
    ['petugas verifies', at('diterima'), actors.petugas, 'verify', {}, 'asesmen_kebutuhan'],
    [
      'petugas returns',
      at('diterima'),
      actors.petugas,
      'return_for_completion',
      { missingItems: 'Proposal' },
      'menunggu_kelengkapan',
    ],
    [
      'requester completes',
      at('menunggu_kelengkapan'),
      actors.requester,
      'complete',
      { documents: 'file_9' },
      'diterima',
    ],
    [
      'kasi submits assessment',
      at('asesmen_kebutuhan'),
      actors.kasi,
      'submit_assessment',
      assessment,
      'persetujuan',
    ],
    ['kabid approves', at('persetujuan'), actors.kabid, 'approve', {}, 'penjadwalan'],
    [
      'kabid rejects',
      at('persetujuan'),
      actors.kabid,
      'reject',
      { reason: 'Anggaran habis' },
      'ditolak',
    ],
    [
      'koordinator schedules',
      at('penjadwalan'),
      actors.koordinator,
      'schedule',
      schedule,
      'terjadwal',
    ],
    [
      'requester cancels during scheduling',
      at('penjadwalan'),
      actors.requester,
      'cancel',
      {},
      'dibatalkan',
    ],
    [
      'assigned instructor starts',
      at('terjadwal', { assignedStaffIds: ['st-instr'] }),
      actors.instruktur,
      'start',
      {},
      'pelaksanaan',
    ],
    [
      'koordinator reschedules',
      at('terjadwal'),
      actors.koordinator,
      'reschedule',
      { reason: 'Banjir' },
      'penjadwalan',
    ],
    [
      'instructor submits report',
      at('pelaporan', { assignedStaffIds: ['st-instr'] }),
      actors.instruktur,
      'submit_report',
      report,
      'menunggu_survei',
    ],
    [
      'requester submits survey',
      at('menunggu_survei'),
      actors.requester,
      'submit_survey',
      {},
      'selesai',
    ],
    [
      'system closes after 10 silent working days',
      at('menunggu_kelengkapan', { stepStartedAt: wib('2025-02-14T10:00') }),
      actors.system,
      'auto_close',
      {},
      'ditutup_tidak_lengkap',
    ],
  ];
  it.each(accepted)('%s', (_n, request, actor, action, input, to) => {
    const r = checkTransition(DEFAULT_SOP, request, actor, action, input, ctx);
    expect(r).toMatchObject({
      ok: true,
      to,
      event: { action, fromState: request.state, toState: to, at: now },
    });
  });

  const refused: [string, RequestSnapshot, Actor, string, Record<string, unknown>, object[]][] = [
    [
      'unknown action',
      at('diterima'),
      actors.petugas,
      'teleport',
      {},
      [{ code: 'UNKNOWN_ACTION' }],
    ],
    [
      'unknown action in an unknown state',
      at('limbo'),
      actors.petugas,
      'teleport',
      {},
      [{ code: 'UNKNOWN_ACTION' }, { code: 'WRONG_STATE', params: { state: 'limbo' } }],
    ],
    [
      'the front desk rejects outright',
      at('diterima'),
      actors.petugas,
      'reject',
      { reason: 'Di luar wilayah provinsi' },
      [{ code: 'WRONG_STATE' }],
    ],
    [
      'approve while at reception',
      at('diterima'),
      actors.kabid,
      'approve',
      {},
      [{ code: 'WRONG_STATE' }],
    ],
    [
      'cancel after scheduling',
      at('terjadwal'),
      actors.requester,
      'cancel',
      {},
      [{ code: 'WRONG_STATE' }],
    ],
    [
      'action from an end step',
      at('selesai'),
      actors.petugas,
      'verify',
      {},
      [{ code: 'WRONG_STATE' }],
    ],
    [
      'kasi verifies',
      at('diterima'),
      actors.kasi,
      'verify',
      {},
      [{ code: 'WRONG_ROLE', params: { actor: 'staff', roles: ['petugas_layanan'] } }],
    ],
    [
      'requester verifies',
      at('diterima'),
      actors.requester,
      'verify',
      {},
      [{ code: 'WRONG_ROLE' }],
    ],
    [
      'staff cancels for the requester',
      at('diterima'),
      actors.petugas,
      'cancel',
      {},
      [{ code: 'WRONG_ROLE', params: { actor: 'requester', roles: [] } }],
    ],
    [
      'wrong role and missing inputs are both reported',
      at('asesmen_kebutuhan'),
      actors.petugas,
      'submit_assessment',
      { findings: '  ' },
      [
        { code: 'WRONG_ROLE' },
        { code: 'MISSING_INPUT', field: 'surveyDate' },
        { code: 'MISSING_INPUT', field: 'findings' },
        { code: 'MISSING_INPUT', field: 'localPotential' },
        { code: 'MISSING_INPUT', field: 'facilities' },
        { code: 'MISSING_INPUT', field: 'recommendedProgramme' },
      ],
    ],
    [
      'reject without reason',
      at('persetujuan'),
      actors.kabid,
      'reject',
      {},
      [{ code: 'MISSING_INPUT', field: 'reason' }],
    ],
    [
      'end before start',
      at('penjadwalan'),
      actors.koordinator,
      'schedule',
      { ...schedule, endDate: '2025-03-07' },
      [
        {
          code: 'INVALID_INPUT',
          field: 'endDate',
          params: { rule: 'date_order', notBefore: 'startDate' },
        },
      ],
    ],
    [
      'start in the past',
      at('penjadwalan'),
      actors.koordinator,
      'schedule',
      { ...schedule, startDate: '2025-03-02' },
      [
        {
          code: 'INVALID_INPUT',
          field: 'startDate',
          params: { rule: 'not_in_past', today: '2025-03-03' },
        },
      ],
    ],
    [
      'malformed schedule inputs',
      at('penjadwalan'),
      actors.koordinator,
      'schedule',
      { ...schedule, startDate: '2025-02-30', instructors: ['st-instr', 'st-instr'], venue: 7 },
      [
        { code: 'INVALID_INPUT', field: 'startDate', params: { expected: 'date' } },
        { code: 'INVALID_INPUT', field: 'instructors', params: { expected: 'instructors' } },
        { code: 'INVALID_INPUT', field: 'venue', params: { expected: 'text' } },
      ],
    ],
    [
      'test average out of range',
      at('pelaporan', { assignedStaffIds: ['st-instr'] }),
      actors.instruktur,
      'submit_report',
      { ...report, preTestAverage: 120, participantCount: -1 },
      [
        {
          code: 'INVALID_INPUT',
          field: 'participantCount',
          params: { expected: 'number', min: 0 },
        },
        {
          code: 'INVALID_INPUT',
          field: 'preTestAverage',
          params: { expected: 'number', max: 100 },
        },
      ],
    ],
    [
      'unassigned instructor',
      at('terjadwal', { assignedStaffIds: ['st-instr'] }),
      actors.instrukturLain,
      'start',
      {},
      [{ code: 'NOT_ASSIGNED' }],
    ],
    [
      'no instructors assigned at all',
      at('terjadwal'),
      actors.instruktur,
      'start',
      {},
      [{ code: 'NOT_ASSIGNED' }],
    ],
    [
      'system closes too early',
      at('menunggu_kelengkapan'),
      actors.system,
      'auto_close',
      {},
      [{ code: 'NOT_YET_DUE', params: { dueAt: endOfJakartaDay('2025-03-17').toISOString() } }],
    ],
  ];
  it.each(refused)('refuses: %s', (_n, request, actor, action, input, reasons) => {
    const r = checkTransition(DEFAULT_SOP, request, actor, action, input, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons).toEqual(reasons.map((x) => expect.objectContaining(x)));
  });

  it('records duration, standard and punctuality, and the next deadline', () => {
    const r = checkTransition(
      DEFAULT_SOP,
      at('diterima', { stepStartedAt: wib('2025-02-27T10:00') }), // Thursday
      actors.petugas,
      'verify',
      { note: 'Lengkap', stray: 'dropped' },
      ctx,
    );
    if (!r.ok) throw new Error('expected ok');
    expect(r.event.inputs).toEqual({ note: 'Lengkap' });
    expect(r.event.standard).toEqual({ unit: 'hari_kerja', value: 1 });
    expect(r.event.dueAt).toEqual(endOfJakartaDay('2025-02-28'));
    expect(r.event.onTime).toBe(false);
    expect(r.event.durationWorkingDays).toBeCloseTo(2, 6); // Thu 14 h + Fri 24 h + Mon 10 h;
    expect(r.event.actor).toEqual({ kind: 'staff', staffId: 'st-petugas' });
    expect(r.deadline).toEqual(addWorkingDays(calendar, now, 5));
  });

  it('takes the schedule from the scheduling step and dates the next step by it', () => {
    const r = checkTransition(
      DEFAULT_SOP,
      at('penjadwalan'),
      actors.koordinator,
      'schedule',
      schedule,
      ctx,
    );
    if (!r.ok) throw new Error('expected ok');
    expect(r.event.schedule).toEqual({ startDate: '2025-03-10', endDate: '2025-03-21' });
    expect(r.event.onTime).toBe(true);
    expect(r.deadline).toEqual(endOfJakartaDay('2025-03-21'));
  });

  it('keeps the existing schedule on later steps and has no deadline at the end', () => {
    const r = checkTransition(
      DEFAULT_SOP,
      at('menunggu_survei', { schedule: { endDate: '2025-03-21' } }),
      actors.requester,
      'submit_survey',
      {},
      ctx,
    );
    if (!r.ok) throw new Error('expected ok');
    expect(r.event.schedule).toBeUndefined();
    expect(r.event.actor).toEqual({ kind: 'requester' });
    expect(r.deadline).toBeNull();
  });
});

describe('dueSystemActions', () => {
  it.each([
    ['before the deadline', '2025-03-17T23:59', []],
    ['after the deadline', '2025-03-18T00:00', ['auto_close']],
  ])('%s', (_n, when, expected) => {
    const request = at('menunggu_kelengkapan');
    expect(dueSystemActions(DEFAULT_SOP, request, { now: wib(when), calendar })).toEqual(expected);
  });

  it('never fires on end steps', () => {
    expect(
      dueSystemActions(DEFAULT_SOP, at('selesai'), { now: wib('2030-01-01T00:00'), calendar }),
    ).toEqual([]);
  });
});

describe('checkInputValues', () => {
  const spec = (type: InputSpec['type'], extra: Partial<InputSpec> = {}): InputSpec => ({
    key: 'v',
    label: { id: 'V' },
    type,
    required: true,
    ...extra,
  });
  it.each<[InputSpec, unknown, string | null]>([
    [spec('text'), 'ok', null],
    [spec('text'), '', 'MISSING_INPUT'],
    [spec('text', { required: false }), undefined, null],
    [spec('text'), 3, 'INVALID_INPUT'],
    [spec('date'), '2024-02-29', null],
    [spec('date'), '2025-02-29', 'INVALID_INPUT'],
    [spec('date'), 20250101, 'INVALID_INPUT'],
    [spec('number'), 0, null],
    [spec('number'), Number.NaN, 'INVALID_INPUT'],
    [spec('number'), '5', 'INVALID_INPUT'],
    [spec('boolean'), false, null],
    [spec('boolean'), 'yes', 'INVALID_INPUT'],
    [spec('file'), 'file_1', null],
    [spec('file'), ['file_1', 'file_2'], null],
    [spec('file'), [], 'MISSING_INPUT'],
    [spec('file'), ['file_1', ''], 'INVALID_INPUT'],
    [spec('file'), 7, 'INVALID_INPUT'],
    [spec('staff'), 'st-1', null],
    [spec('staff'), null, 'MISSING_INPUT'],
    [spec('choice', { options: ['a', 'b'] }), 'b', null],
    [spec('choice', { options: ['a', 'b'] }), 'c', 'INVALID_INPUT'],
    [spec('choice'), 'a', 'INVALID_INPUT'],
    [spec('instructors'), ['a', 'b'], null],
    [spec('instructors'), [], 'MISSING_INPUT'],
    [spec('instructors'), ['a', ''], 'INVALID_INPUT'],
    [spec('instructors'), 'a', 'INVALID_INPUT'],
  ])('%o with %o → %s', (s, value, code) => {
    const { reasons, values } = checkInputValues([s], [], { v: value }, now);
    expect(reasons.map((r) => r.code)).toEqual(code ? [code] : []);
    if (!code && value !== undefined) expect(values.v).toEqual(value);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: random actors take random actions with random (often valid) inputs.

const ACTORS: Actor[] = [
  ...Object.values(actors),
  { kind: 'staff', roles: [], staffId: 'st-none' },
  {
    kind: 'staff',
    roles: ['petugas_layanan', 'kepala_seksi', 'kepala_bidang'],
    staffId: 'st-multi',
  },
];
const ACTION_KEYS = [
  ...new Set(DEFAULT_SOP.steps.flatMap((s) => actionsOf(DEFAULT_SOP, s.key).map((a) => a.key))),
  'bogus',
];

function validValue(spec: InputSpec, today: string, offset: number): unknown {
  switch (spec.type) {
    case 'date':
      return spec.key === 'endDate' ? shiftDate(today, offset + 5) : shiftDate(today, offset);
    case 'number':
      return spec.min ?? 50;
    case 'boolean':
      return true;
    case 'choice':
      return spec.options?.[0];
    case 'instructors':
      return ['st-instr'];
    default:
      return 'isi';
  }
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const holidaysArb = fc.uniqueArray(
  fc.integer({ min: 0, max: 800 }).map((d) => shiftDate('2025-01-01', d)),
  { maxLength: 40 },
);
const stepArb = fc.record({
  actor: fc.constantFrom(...ACTORS),
  action: fc.constantFrom(...ACTION_KEYS),
  inputMode: fc.constantFrom('valid', 'valid', 'valid', 'empty', 'garbage'),
  advanceMinutes: fc.integer({ min: 0, max: 60 * 24 * 20 }),
  offset: fc.integer({ min: 0, max: 30 }),
});

function runScenario(
  def: SopDefinition,
  holidays: string[],
  steps: readonly {
    actor: Actor;
    action: string;
    inputMode: string;
    advanceMinutes: number;
    offset: number;
  }[],
) {
  const cal = createWorkingCalendar(holidays);
  let clock = wib('2025-01-06T09:00').getTime();
  let request: RequestSnapshot = { state: initialState(def), stepStartedAt: new Date(clock) };
  const accepted: {
    actor: Actor;
    action: string;
    from: string;
    to: string;
    deadline: Date | null;
    at: Date;
  }[] = [];
  const states: string[] = [request.state];
  for (const s of steps) {
    clock += s.advanceMinutes * 60_000;
    const nowAt = new Date(clock);
    const step = findStep(def, request.state);
    const action = actionsOf(def, request.state).find((a) => a.key === s.action);
    const specs = step && action ? actionInputs(step, action) : [];
    const today = toJakartaDate(nowAt);
    const input: Record<string, unknown> =
      s.inputMode === 'valid'
        ? Object.fromEntries(specs.map((sp) => [sp.key, validValue(sp, today, s.offset)]))
        : s.inputMode === 'garbage'
          ? Object.fromEntries(specs.map((sp) => [sp.key, { nested: true }]))
          : {};
    const r = checkTransition(def, request, s.actor, s.action, input, {
      now: nowAt,
      calendar: cal,
    });
    if (!r.ok) {
      expect(r.reasons.length).toBeGreaterThan(0);
      continue;
    }
    accepted.push({
      actor: s.actor,
      action: s.action,
      from: request.state,
      to: r.to,
      deadline: r.deadline,
      at: nowAt,
    });
    const instructors = r.event.inputs.instructors;
    request = {
      state: r.to,
      stepStartedAt: nowAt,
      ...((r.event.schedule ?? request.schedule)
        ? { schedule: r.event.schedule ?? request.schedule }
        : {}),
      assignedStaffIds: Array.isArray(instructors)
        ? (instructors as string[])
        : (request.assignedStaffIds ?? []),
    };
    states.push(request.state);
  }
  return { accepted, states, cal };
}

describe('state machine properties', () => {
  const stepKeys = new Set(DEFAULT_SOP.steps.map((s) => s.key));

  it('never reaches a state outside the definition', () => {
    fc.assert(
      fc.property(holidaysArb, fc.array(stepArb, { maxLength: 60 }), (holidays, steps) => {
        const { states } = runScenario(DEFAULT_SOP, holidays, steps);
        for (const s of states) expect(stepKeys.has(s)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a transition only from an allowed actor kind and role', () => {
    fc.assert(
      fc.property(holidaysArb, fc.array(stepArb, { maxLength: 60 }), (holidays, steps) => {
        for (const t of runScenario(DEFAULT_SOP, holidays, steps).accepted) {
          const step = findStep(DEFAULT_SOP, t.from);
          const action = actionsOf(DEFAULT_SOP, t.from).find((a) => a.key === t.action);
          expect(action).toBeDefined();
          if (!action) continue;
          expect(t.to).toBe(action.to);
          expect(t.actor.kind).toBe(actorKindOf(action));
          if (t.actor.kind === 'staff') {
            const allowed = rolesFor(action, step);
            expect(t.actor.roles.some((r) => allowed.includes(r))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never sets a deadline on a weekend or holiday', () => {
    fc.assert(
      fc.property(holidaysArb, fc.array(stepArb, { maxLength: 60 }), (holidays, steps) => {
        const { accepted, cal } = runScenario(DEFAULT_SOP, holidays, steps);
        for (const t of accepted) {
          if (t.deadline) expect(isWorkingDay(cal, toJakartaDate(t.deadline))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reaches the end of the happy path when the right people act in order', () => {
    const happy = [
      [actors.petugas, 'verify'],
      [actors.kasi, 'submit_assessment'],
      [actors.kabid, 'approve'],
      [actors.koordinator, 'schedule'],
      [actors.instruktur, 'start'],
      [actors.instruktur, 'finish'],
      [actors.instruktur, 'submit_report'],
      [actors.requester, 'submit_survey'],
    ] as const;
    const { states } = runScenario(
      DEFAULT_SOP,
      [],
      happy.map(([actor, action]) => ({
        actor,
        action,
        inputMode: 'valid',
        advanceMinutes: 60,
        offset: 1,
      })),
    );
    expect(states.at(-1)).toBe('selesai');
    expect(states).toHaveLength(9);
  });

  it('keeps jam_kerja deadlines inside office hours of working days', () => {
    fc.assert(
      fc.property(
        holidaysArb,
        fc.integer({ min: 0, max: 60 * 24 * 60 }),
        fc.integer({ min: 1, max: 40 }),
        (holidays, minutes, hours) => {
          const cal = createWorkingCalendar(holidays);
          const def = structuredClone(DEFAULT_SOP);
          const s = findStep(def, 'diterima');
          if (s) s.timeStandard = { unit: 'jam_kerja', value: hours };
          const from = new Date(wib('2025-01-01T00:00').getTime() + minutes * 60_000);
          const due = stepDeadline(def, 'diterima', from, cal);
          expect(due).toEqual(addWorkingHours(cal, from, hours));
          if (due) expect(isWorkingDay(cal, toJakartaDate(due))).toBe(true);
        },
      ),
    );
  });
});
