import { describe, expect, it } from 'vitest';
import { mainPathSteps, type SopDocumentShape } from './sop';

const row = (
  no: number,
  stepKey: string,
  next: SopDocumentShape['activities'][number]['next'],
  extra: Partial<SopDocumentShape['activities'][number]> = {},
): SopDocumentShape['activities'][number] => ({
  no,
  stepKey,
  kind: 'process',
  description: stepKey,
  role: 'petugas_layanan',
  roleLabel: 'Petugas',
  waktu: '1 hari kerja',
  next,
  ...extra,
});

describe('mainPathSteps', () => {
  it('follows the way forward, past a step’s own decision row, and stops at a loop', () => {
    const doc: SopDocumentShape = {
      activities: [
        row(1, 'diterima', [{ toNo: 2 }], { kind: 'start' }),
        row(
          2,
          'diterima.keputusan',
          [
            { toNo: 4, branch: 'no' },
            { toNo: 3, branch: 'yes' },
          ],
          {
            kind: 'decision',
            decisionOf: 'diterima',
            waktu: 'Termasuk no. 1',
          },
        ),
        row(3, 'asesmen', [{ toNo: 1 }, { toNo: 5 }], { role: 'pemohon' }),
        row(4, 'melengkapi', [{ toNo: 1 }]),
        row(5, 'selesai', [], { kind: 'end' }),
      ],
    };
    expect(mainPathSteps(doc).map((s) => [s.stepKey, s.byRequester])).toEqual([
      ['diterima', false],
      ['asesmen', true],
      ['selesai', false],
    ]);
  });
});
