import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import type { SopDefinition } from './definition';
import { countCrossings } from './flowchart-symbols';
import { sopLanes } from './render-document';
import { layoutSopFlowchart, renderSopFlowchart, wrapText } from './render-flowchart';
import { must } from './test-fixtures';

describe('renderSopFlowchart', () => {
  const svg = renderSopFlowchart(DEFAULT_SOP);

  it('is deterministic', () => {
    expect(renderSopFlowchart(structuredClone(DEFAULT_SOP))).toBe(svg);
  });

  it('draws one swimlane per pelaksana, with the lane of the start step first', () => {
    const titles = [...svg.matchAll(/<text class="lane-title"[^>]*>(.*?)<\/text>/g)].map((m) =>
      m[1]?.replace(/<[^>]+>/g, ' ').trim(),
    );
    expect(titles[0]).toBe('Petugas Layanan');
    expect([...titles].sort()).toEqual(
      [
        'Petugas Layanan',
        'Kepala Seksi',
        'Pemohon',
        'Kepala Bidang',
        'Koordinator Instruktur',
        'Instruktur',
        'Sistem',
      ].sort(),
    );
  });

  it('uses terminators, processes and a diamond per decision, with an arrow per own action', () => {
    const count = (re: RegExp) => svg.match(re)?.length ?? 0;
    expect(count(/class="terminator"/g)).toBe(5); // start + 4 ends
    expect(count(/class="process"/g)).toBe(7);
    // "Disetujui?" and the front desk's "Lengkap?", drawn below its step in the same lane.
    expect(count(/<polygon class="decision"/g)).toBe(2);
    expect(svg).toContain('data-step="diterima.keputusan"');
    const layout = layoutSopFlowchart(DEFAULT_SOP);
    const [check, decide] = ['diterima', 'diterima.keputusan'].map((k) =>
      layout.nodes.find((n) => n.step.key === k),
    );
    expect(decide?.step.kind).toBe('decision');
    expect(decide?.lane).toBe(check?.lane);
    expect(decide?.row).toBe((check?.row ?? 0) + 1);
    expect(decide?.no).toBe(2);
    // One arrow from the step to its decision, on top of one per own action.
    const ownActions = DEFAULT_SOP.steps.reduce((n, s) => n + s.actions.length, 0) + 1;
    // The cancellation path is drawn (dashed) from every step it may be taken at.
    const shared = (DEFAULT_SOP.globalActions ?? []).reduce((n, a) => n + a.from.length, 0);
    expect(shared).toBe(5);
    expect(count(/<path class="edge"/g)).toBe(ownActions);
    expect(count(/<path class="edge shared"/g)).toBe(shared);
    expect(count(/marker-end="url\(#arrow\)"/g)).toBe(ownActions + shared);
    expect(svg).toContain('<marker id="arrow"');
    expect(svg).toMatch(/>Ya<\/text>/);
    expect(svg).toMatch(/>Tidak<\/text>/);
    expect(svg).toContain('Batalkan permohonan (Pemohon)');
  });

  it('is well-formed enough: balanced tags, no raw ampersands', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    const open = (svg.match(/<(text|g|tspan)\b/g) ?? []).length;
    const close = (svg.match(/<\/(text|g|tspan)>/g) ?? []).length;
    expect(open).toBe(close);
  });

  it('escapes text for XML', () => {
    const def: SopDefinition = structuredClone(DEFAULT_SOP);
    def.identity.name = 'Uji <script> & "kutip"';
    must(def.steps[0]).name = { id: "Verifikasi <b>'x'</b> & y" };
    const out = renderSopFlowchart(def, {
      roleLabels: { petugas_layanan: 'A&B <Loket>' },
      locale: 'en',
    });
    expect(out).toContain('Uji &lt;script&gt; &amp; &quot;kutip&quot;');
    expect(out).toContain('A&amp;B &lt;Loket&gt;');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>');
    expect(out).toMatch(/>Yes<\/text>/);
  });

  it('lays the steps out in layers: every forward arrow runs down, one step per lane and row', () => {
    const layout = layoutSopFlowchart(DEFAULT_SOP);
    const node = new Map(layout.nodes.map((n) => [n.step.key, n]));
    for (const e of layout.edges) {
      const [s, t] = [must(node.get(e.from)), must(node.get(e.to))];
      if (e.back) expect(t.row).toBeLessThanOrEqual(s.row);
      else expect(t.row, `${e.from} → ${e.to}`).toBeGreaterThan(s.row);
    }
    const cells = layout.nodes.map((n) => `${n.row}:${n.lane}`);
    expect(new Set(cells).size).toBe(cells.length);
    // Steps of one layer share a row: the chart is shorter than the flow table.
    expect(layout.rows).toBeLessThan(layout.nodes.length);
  });

  it('routes no arrow through a symbol it does not join', () => {
    const layout = layoutSopFlowchart(DEFAULT_SOP);
    for (const e of layout.edges) {
      for (let i = 1; i < e.points.length; i++) {
        const [a, b] = [must(e.points[i - 1]), must(e.points[i])];
        expect(a[0] === b[0] || a[1] === b[1]).toBe(true);
        for (const n of layout.nodes) {
          if (n.step.key === e.from || n.step.key === e.to) continue;
          const inside =
            Math.max(a[0], b[0]) > n.cx - n.hw &&
            Math.min(a[0], b[0]) < n.cx + n.hw &&
            Math.max(a[1], b[1]) > n.cy - n.hh &&
            Math.min(a[1], b[1]) < n.cy + n.hh;
          expect(inside, `${e.from} → ${e.to} crosses ${n.step.key}`).toBe(false);
        }
      }
    }
  });

  it('orders the lanes to cross fewer arrows than the order of appearance', () => {
    const best = layoutSopFlowchart(DEFAULT_SOP);
    const appearance = layoutSopFlowchart(DEFAULT_SOP, {
      laneOrder: sopLanes(DEFAULT_SOP).map((l) => l.role),
    });
    expect(best.crossings).toBe(countCrossings(best.edges.map((e) => e.points)));
    expect(best.crossings).toBeLessThan(appearance.crossings);
    // Every order the search could reach by one more swap of neighbours is no better.
    const roles = best.lanes.map((l) => l.role);
    for (let i = 1; i + 1 < roles.length; i++) {
      const swapped = [...roles];
      [swapped[i], swapped[i + 1]] = [must(swapped[i + 1]), must(swapped[i])];
      expect(
        layoutSopFlowchart(DEFAULT_SOP, { laneOrder: swapped }).crossings,
      ).toBeGreaterThanOrEqual(best.crossings);
    }
  });

  it('untangles lanes declared in a crossing order', () => {
    // a → b in lane A, then c in lane B branches to d (lane C) and straight to the end e
    // (lane D), d → e too. In order of appearance (A, B, C, D) the arrow c → e crosses d's way
    // down; with C before B nothing crosses.
    const def: SopDefinition = structuredClone(DEFAULT_SOP);
    const lane = (role: string, key: string, kind: 'start' | 'process' | 'end', to: string[]) => ({
      key,
      kind,
      description: { id: key },
      role,
      requiredInputs: [],
      output: key,
      ...(kind === 'end' ? {} : { timeStandard: { unit: 'hari_kerja' as const, value: 1 } }),
      actions: to.map((t) => ({ key: `ke_${t}`, label: { id: t }, to: t })),
    });
    def.globalActions = [];
    def.steps = [
      lane('petugas_layanan', 'a', 'start', ['b']),
      lane('petugas_layanan', 'b', 'process', ['c']),
      lane('kepala_seksi', 'c', 'process', ['d', 'e']),
      lane('instruktur', 'd', 'process', ['e']),
      lane('kepala_bidang', 'e', 'end', []),
    ];
    const appearance = layoutSopFlowchart(def, {
      laneOrder: sopLanes(def).map((l) => l.role),
    });
    const best = layoutSopFlowchart(def);
    expect(appearance.crossings).toBe(2);
    expect(best.crossings).toBe(0);
    expect(best.lanes.map((l) => l.role)).toEqual([
      'petugas_layanan',
      'instruktur',
      'kepala_seksi',
      'kepala_bidang',
    ]);
  });

  it('falls back to the description when a step has no short name', () => {
    const def = structuredClone(DEFAULT_SOP);
    delete must(def.steps[0]).name;
    expect(renderSopFlowchart(def)).toContain('1. Menerima surat');
  });

  it('labels the actions of a step with several exits, including a third one on the left', () => {
    // A version stored before the forward-exit rule: the front desk could also reject.
    const def = structuredClone(DEFAULT_SOP);
    const desk = must(def.steps[0]);
    delete desk.decision;
    for (const a of desk.actions) delete a.branch;
    desk.actions.push({
      key: 'reject',
      label: { id: 'Tolak permohonan' },
      to: 'ditolak',
      inputs: [],
    });
    const old = renderSopFlowchart(def);
    expect(old).toContain('text-anchor="start">Tolak permohonan</text>');
    expect(old).toContain('>Nyatakan lengkap</text>');
    expect(svg).not.toContain('>Nyatakan lengkap</text>');
  });
  it('keeps every label inside the drawing', () => {
    const width = Number(svg.match(/width="(\d+)"/)?.[1]);
    for (const [, x, anchor] of svg.matchAll(
      /<text class="label" x="([\d.-]+)" y="[\d.-]+" text-anchor="(\w+)"/g,
    )) {
      expect(Number(x)).toBeGreaterThanOrEqual(0);
      if (anchor === 'start') expect(Number(x)).toBeLessThan(width);
    }
  });
});

describe('wrapText', () => {
  it.each([
    ['Verifikasi permohonan', 20, 3, ['Verifikasi', 'permohonan']],
    ['satu dua tiga', 20, 3, ['satu dua tiga']],
    ['a b c d e f', 3, 2, ['a b', 'c…']],
    ['Supercalifragilistic', 8, 2, ['Superca…']],
    ['aaaa bbbb', 4, 1, ['aaa…']],
    ['', 10, 2, []],
  ] as const)('%j at %i×%i → %j', (text, width, lines, expected) => {
    expect(wrapText(text, width, lines)).toEqual(expected);
  });
});
