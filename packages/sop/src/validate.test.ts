import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import type { SopDefinition } from './definition';
import { DEFAULT_ROLES } from './roles';
import { legacyDefinition, withoutScheduling } from './test-fixtures';
import { type SopProblemCode, validateSopDefinition } from './validate';

const roles = [...DEFAULT_ROLES];

/** A copy of the default SOP with one change applied. */
function mutate(change: (def: SopDefinition) => void): SopDefinition {
  const def = structuredClone(DEFAULT_SOP);
  change(def);
  return def;
}

function step(def: SopDefinition, key: string) {
  const s = def.steps.find((x) => x.key === key);
  if (!s) throw new Error(key);
  return s;
}

describe('validateSopDefinition', () => {
  it('accepts the default SOP', () => {
    expect(validateSopDefinition(DEFAULT_SOP, roles)).toEqual([]);
  });

  it('reports schema problems as INVALID_FORMAT with a path', () => {
    const problems = validateSopDefinition({ identity: {}, steps: [] }, roles);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'INVALID_FORMAT')).toBe(true);
    expect(problems.some((p) => p.path[0] === 'identity')).toBe(true);
  });

  it('rejects keys that are not snake_case', () => {
    const def = mutate((d) => {
      step(d, 'diterima').key = 'Diterima';
    });
    expect(validateSopDefinition(def, roles)[0]).toMatchObject({
      code: 'INVALID_FORMAT',
      path: ['steps', 0, 'key'],
    });
  });

  const cases: [string, (d: SopDefinition) => void, SopProblemCode, Record<string, unknown>?][] = [
    [
      'duplicate step key',
      (d) => {
        step(d, 'pelaporan').key = 'pelaksanaan';
      },
      'DUPLICATE_STEP_KEY',
      { path: ['steps', 7, 'key'] },
    ],
    [
      'two start steps',
      (d) => {
        step(d, 'asesmen_kebutuhan').kind = 'start';
      },
      'START_COUNT',
      { params: { count: 2 } },
    ],
    [
      'no start step',
      (d) => {
        step(d, 'diterima').kind = 'process';
      },
      'START_COUNT',
      { params: { count: 0 } },
    ],
    [
      'unknown step role',
      (d) => {
        step(d, 'persetujuan').role = 'bupati';
      },
      'UNKNOWN_ROLE',
      { path: ['steps', 3, 'role'], params: { role: 'bupati' } },
    ],
    [
      'unknown override role',
      (d) => {
        const a = step(d, 'terjadwal').actions[1];
        if (a) a.roles = ['camat'];
      },
      'UNKNOWN_ROLE',
      { path: ['steps', 5, 'actions', 1, 'roles', 0] },
    ],
    [
      'transition to an unknown step',
      (d) => {
        const a = step(d, 'asesmen_kebutuhan').actions[0];
        if (a) a.to = 'nowhere';
      },
      'UNKNOWN_TARGET',
      { params: { to: 'nowhere' } },
    ],
    [
      'global action from an unknown step',
      (d) => {
        d.globalActions?.[0]?.from.push('nowhere');
      },
      'UNKNOWN_SOURCE',
      { path: ['globalActions', 0, 'from', 5] },
    ],
    [
      'global action from an end step',
      (d) => {
        d.globalActions?.[0]?.from.push('selesai');
      },
      'END_HAS_ACTIONS',
    ],
    [
      'global action with a key the step already uses',
      (d) => {
        const g = d.globalActions?.[0];
        if (g) g.key = 'verify';
      },
      'DUPLICATE_ACTION_KEY',
      { params: { key: 'verify', step: 'diterima' } },
    ],
    [
      'global action with a branch',
      (d) => {
        const g = d.globalActions?.[0];
        if (g) g.branch = 'no';
      },
      'BRANCH_OUTSIDE_DECISION',
    ],
    [
      'unreachable step',
      (d) => {
        const a = step(d, 'persetujuan').actions[0];
        if (a) a.to = 'ditolak';
      },
      'UNREACHABLE_STEP',
      { params: { step: 'penjadwalan' } },
    ],
    [
      'step with no path to an end',
      (d) => {
        const a = step(d, 'pelaporan').actions[0];
        if (a) a.to = 'pelaksanaan';
      },
      'NO_PATH_TO_END',
      { params: { step: 'pelaporan' } },
    ],
    [
      'decision with one branch',
      (d) => {
        step(d, 'persetujuan').actions.pop();
      },
      'DECISION_BRANCHES',
      { params: { yes: 1, no: 0, actions: 1 } },
    ],
    [
      'decision with two yes branches',
      (d) => {
        const a = step(d, 'persetujuan').actions[1];
        if (a) a.branch = 'yes';
      },
      'DECISION_BRANCHES',
      { params: { yes: 2, no: 0, actions: 2 } },
    ],
    [
      'branch on a process step',
      (d) => {
        const a = step(d, 'asesmen_kebutuhan').actions[0];
        if (a) a.branch = 'yes';
      },
      'BRANCH_OUTSIDE_DECISION',
      { path: ['steps', 2, 'actions', 0, 'branch'] },
    ],
    [
      'duplicate action key in a step',
      (d) => {
        const a = step(d, 'diterima').actions[1];
        if (a) a.key = 'verify';
      },
      'DUPLICATE_ACTION_KEY',
    ],
    [
      'end step with actions',
      (d) => {
        step(d, 'selesai').actions.push({ key: 'reopen', label: { id: 'Buka' }, to: 'diterima' });
      },
      'END_HAS_ACTIONS',
    ],
    [
      'zero time standard',
      (d) => {
        step(d, 'persetujuan').timeStandard = { unit: 'hari_kerja', value: 0 };
      },
      'NON_POSITIVE_TIME_STANDARD',
      { params: { value: 0 } },
    ],
    [
      'negative hours',
      (d) => {
        step(d, 'persetujuan').timeStandard = { unit: 'jam_kerja', value: -4 };
      },
      'NON_POSITIVE_TIME_STANDARD',
    ],
    [
      'fractional working days',
      (d) => {
        step(d, 'persetujuan').timeStandard = { unit: 'hari_kerja', value: 1.5 };
      },
      'NON_INTEGER_WORKING_DAYS',
    ],
    [
      'missing time standard',
      (d) => {
        delete step(d, 'persetujuan').timeStandard;
      },
      'MISSING_TIME_STANDARD',
    ],
    [
      'staff action on a requester step without roles',
      (d) => {
        const a = step(d, 'menunggu_kelengkapan').actions[0];
        if (a) delete a.actor;
      },
      'STAFF_ACTION_WITHOUT_ROLE',
    ],
    [
      'roles on a requester action',
      (d) => {
        const a = step(d, 'menunggu_kelengkapan').actions[0];
        if (a) a.roles = ['petugas_layanan'];
      },
      'ROLES_ON_NON_STAFF_ACTION',
    ],
    [
      'system action on a step without time standard',
      (d) => {
        const s = step(d, 'menunggu_survei');
        delete s.timeStandard;
      },
      'SYSTEM_ACTION_WITHOUT_TIME_STANDARD',
    ],
    [
      'duplicate input key in a step',
      (d) => {
        const s = step(d, 'penjadwalan');
        const first = s.requiredInputs[0];
        if (first) s.requiredInputs.push({ ...first });
      },
      'DUPLICATE_INPUT_KEY',
    ],
    [
      'action input clashing with a step input',
      (d) => {
        step(d, 'penjadwalan').actions[0]?.inputs?.push({
          key: 'venue',
          label: { id: 'Tempat' },
          type: 'text',
          required: true,
        });
        const a = step(d, 'penjadwalan').actions[0];
        if (a && !a.inputs)
          a.inputs = [{ key: 'venue', label: { id: 'Tempat' }, type: 'text', required: true }];
      },
      'DUPLICATE_INPUT_KEY',
    ],
    [
      'choice input without options',
      (d) => {
        step(d, 'asesmen_kebutuhan').requiredInputs.push({
          key: 'kejuruan',
          label: { id: 'Kejuruan' },
          type: 'choice',
          required: true,
        });
      },
      'CHOICE_WITHOUT_OPTIONS',
    ],
    [
      'choice action input without options',
      (d) => {
        const a = step(d, 'asesmen_kebutuhan').actions[0];
        if (a)
          a.inputs = [
            {
              key: 'kejuruan',
              label: { id: 'Kejuruan' },
              type: 'choice',
              required: true,
              options: [],
            },
          ];
      },
      'CHOICE_WITHOUT_OPTIONS',
    ],
    [
      'input rule naming an unknown input',
      (d) => {
        step(d, 'penjadwalan').inputRules?.push({ kind: 'not_in_past', field: 'openingDate' });
      },
      'UNKNOWN_INPUT_REFERENCE',
      { params: { field: 'openingDate' } },
    ],
    [
      'jadwal without a scheduling step',
      (d) => {
        withoutScheduling(d);
      },
      'JADWAL_WITHOUT_SCHEDULE',
    ],
    [
      'schedule naming an unknown step',
      (d) => {
        legacyDefinition(d);
        if (d.schedule) d.schedule.step = 'jadwal';
      },
      'UNKNOWN_SCHEDULE_STEP',
    ],
    [
      'schedule input that is not a date',
      (d) => {
        legacyDefinition(d);
        if (d.schedule) d.schedule.endDateInput = 'venue';
      },
      'SCHEDULE_INPUT_NOT_DATE',
      { path: ['schedule', 'endDateInput'] },
    ],
  ];

  it.each(cases)('%s → %s', (_name, change, code, extra) => {
    const problems = validateSopDefinition(mutate(change), roles);
    const found = problems.filter((p) => p.code === code);
    expect(found.length, JSON.stringify(problems)).toBeGreaterThan(0);
    if (extra) expect(found).toContainEqual(expect.objectContaining(extra));
  });

  it('flags every step when there is no end step', () => {
    const def: SopDefinition = {
      identity: DEFAULT_SOP.identity,
      steps: [
        {
          key: 'a',
          kind: 'start',
          description: { id: 'A' },
          role: 'petugas_layanan',
          requiredInputs: [],
          timeStandard: { unit: 'hari_kerja', value: 1 },
          output: '',
          actions: [{ key: 'loop', label: { id: 'Ulang' }, to: 'a' }],
        },
      ],
    };
    expect(validateSopDefinition(def, roles)).toEqual([
      { code: 'NO_PATH_TO_END', path: ['steps', 0], params: { step: 'a' } },
    ]);
  });

  it('takes the known roles as a parameter', () => {
    const problems = validateSopDefinition(DEFAULT_SOP, ['petugas_layanan']);
    const unknown = new Set(
      problems.filter((p) => p.code === 'UNKNOWN_ROLE').map((p) => p.params?.role),
    );
    expect(unknown).toEqual(
      new Set(['kepala_seksi', 'kepala_bidang', 'koordinator_instruktur', 'instruktur']),
    );
  });

  it('checks a global action that applies to no step', () => {
    const def = mutate((d) => {
      const g = d.globalActions?.[0];
      if (g) {
        g.from = [];
        g.actor = 'staff';
      }
    });
    expect(validateSopDefinition(def, roles).map((p) => p.code)).toContain(
      'STAFF_ACTION_WITHOUT_ROLE',
    );
  });
});

describe('one forward exit unless the step ends in a decision', () => {
  const RULES: readonly SopProblemCode[] = [
    'MULTIPLE_FORWARD_EXITS',
    'DECISION_ON_DECISION_OR_END',
    'DECISION_BRANCHES',
    'BRANCH_OUTSIDE_DECISION',
  ];
  /** The front desk as it was: three ways out of a process row, no "Lengkap?" decision. */
  const withoutDeskDecision = (d: SopDefinition) => {
    const desk = step(d, 'diterima');
    delete desk.decision;
    for (const a of desk.actions) delete a.branch;
  };
  /** A change that adds a way out to a step. */
  const addExit =
    (at: string, key: string, to: string, actor?: 'requester' | 'system') => (d: SopDefinition) => {
      step(d, at).actions.push({ key, label: { id: key }, to, ...(actor ? { actor } : {}) });
    };
  const withDecision = (at: string) => (d: SopDefinition) => {
    step(d, at).decision = { question: { id: 'Lengkap?' } };
  };
  const misplaced = (at: number, kind: string) => ({
    code: 'DECISION_ON_DECISION_OR_END',
    path: ['steps', at, 'decision'],
    params: { kind },
  });
  const flagged = (at: number, s: string, actions: string[]) => ({
    code: 'MULTIPLE_FORWARD_EXITS',
    path: ['steps', at, 'actions'],
    params: { step: s, actions },
  });
  const cases: [string, (d: SopDefinition) => void, object[]][] = [
    ['the default SOP: "Lengkap?" decides, timeouts and cancel are not counted', () => {}, []],
    [
      'the front desk without its decision row',
      withoutDeskDecision,
      [flagged(0, 'diterima', ['verify', 'return_for_completion'])],
    ],
    [
      'the front desk as stored before: reject outright as well',
      (d) => {
        withoutDeskDecision(d);
        addExit('diterima', 'reject', 'ditolak')(d);
      },
      [flagged(0, 'diterima', ['verify', 'return_for_completion', 'reject'])],
    ],
    [
      'a back-edge is not a way forward (report sent back to delivery)',
      addExit('pelaporan', 'back_to_delivery', 'pelaksanaan'),
      [],
    ],
    [
      'a system timeout is not a way forward',
      addExit('asesmen_kebutuhan', 'auto_close', 'ditutup_tidak_lengkap', 'system'),
      [],
    ],
    [
      'a second staff exit to an end step counts',
      addExit('pelaporan', 'abandon', 'ditolak'),
      [flagged(7, 'pelaporan', ['submit_report', 'abandon'])],
    ],
    [
      "a requester's second way forward counts",
      addExit('menunggu_survei', 'decline_survey', 'selesai', 'requester'),
      [flagged(8, 'menunggu_survei', ['submit_survey', 'decline_survey'])],
    ],
    ['a decision row on an end step', withDecision('selesai'), [misplaced(9, 'end')]],
    ['a decision row on a decision step', withDecision('persetujuan'), [misplaced(3, 'decision')]],
    [
      'a decision row with a third way out',
      addExit('diterima', 'reject', 'ditolak'),
      [
        {
          code: 'DECISION_BRANCHES',
          path: ['steps', 0, 'actions'],
          params: { yes: 1, no: 1, actions: 3 },
        },
      ],
    ],
    [
      'a decision row whose ways out carry no Ya / Tidak',
      (d) => {
        for (const a of step(d, 'diterima').actions) delete a.branch;
      },
      [
        {
          code: 'DECISION_BRANCHES',
          path: ['steps', 0, 'actions'],
          params: { yes: 0, no: 0, actions: 2 },
        },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    const problems = validateSopDefinition(mutate(change), roles);
    expect(problems.filter((p) => RULES.includes(p.code))).toEqual(expected);
  });
});
