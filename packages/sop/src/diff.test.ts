import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import type { SopDefinition } from './definition';
import { diffSopVersions } from './diff';
import { must, withoutScheduling } from './test-fixtures';

function revise(change: (def: SopDefinition) => void): SopDefinition {
  const def = structuredClone(DEFAULT_SOP);
  change(def);
  return def;
}

describe('diffSopVersions', () => {
  it('finds nothing between equal versions, whatever the key order', () => {
    const reordered = revise((d) => {
      d.identity = Object.fromEntries(
        Object.entries(d.identity).reverse(),
      ) as SopDefinition['identity'];
    });
    const diff = diffSopVersions(DEFAULT_SOP, reordered);
    expect(diff.identical).toBe(true);
    expect(diff.stepsChanged).toEqual([]);
  });

  it.each<[string, (d: SopDefinition) => void, Partial<ReturnType<typeof diffSopVersions>>]>([
    [
      'identity fields',
      (d) => {
        d.identity.revisedOn = '2025-07-01';
        d.identity.warnings.push('Baru');
      },
      { identityChanged: ['warnings', 'revisedOn'] },
    ],
    [
      'a new step',
      (d) => {
        d.steps.push({
          ...structuredClone(must(d.steps[0])),
          key: 'uji_kompetensi',
          kind: 'process',
        });
      },
      { stepsAdded: ['uji_kompetensi'] },
    ],
    [
      'a removed step',
      (d) => {
        d.steps = d.steps.filter((s) => s.key !== 'ditutup_tidak_lengkap');
      },
      { stepsRemoved: ['ditutup_tidak_lengkap'] },
    ],
    [
      'step fields and actions',
      (d) => {
        const s = must(d.steps.find((x) => x.key === 'persetujuan'));
        s.timeStandard = { unit: 'hari_kerja', value: 3 };
        s.role = 'kepala_dinas';
        must(s.actions[0]).label = { id: 'Setujui permohonan' };
        s.actions.pop();
        s.actions.push({
          key: 'defer',
          label: { id: 'Tunda' },
          to: 'asesmen_kebutuhan',
          branch: 'no',
        });
      },
      {
        stepsChanged: [
          {
            key: 'persetujuan',
            fields: ['role', 'timeStandard', 'actions'],
            actionsAdded: ['defer'],
            actionsRemoved: ['reject'],
            actionsChanged: ['approve'],
          },
        ],
      },
    ],
    [
      'global actions and schedule source',
      (d) => {
        must(d.globalActions?.[0]).from.pop();
        must(d.globalActions).push({
          key: 'withdraw',
          label: { id: 'Tarik' },
          to: 'dibatalkan',
          actor: 'requester',
          from: [],
        });
        withoutScheduling(d);
      },
      { globalActionsChanged: ['cancel'], globalActionsAdded: ['withdraw'], scheduleChanged: true },
    ],
    [
      'a removed global action',
      (d) => {
        delete d.globalActions;
      },
      { globalActionsRemoved: ['cancel'] },
    ],
  ])('reports %s', (_n, change, expected) => {
    const diff = diffSopVersions(DEFAULT_SOP, revise(change));
    expect(diff.identical).toBe(false);
    expect(diff).toMatchObject(expected);
  });
});
