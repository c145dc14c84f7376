import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import type { SopDefinition } from './definition';
import { renderSopFlowchart, wrapText } from './render-flowchart';
import { must } from './test-fixtures';

describe('renderSopFlowchart', () => {
  const svg = renderSopFlowchart(DEFAULT_SOP);

  it('is deterministic', () => {
    expect(renderSopFlowchart(structuredClone(DEFAULT_SOP))).toBe(svg);
  });

  it('draws one swimlane per pelaksana, in order of appearance', () => {
    const titles = [...svg.matchAll(/<text class="lane-title"[^>]*>(.*?)<\/text>/g)].map((m) =>
      m[1]?.replace(/<[^>]+>/g, ' ').trim(),
    );
    expect(titles).toEqual([
      'Petugas Layanan',
      'Kepala Seksi',
      'Pemohon',
      'Kepala Bidang',
      'Koordinator Instruktur',
      'Instruktur',
      'Sistem',
    ]);
  });

  it('uses terminators, processes and one diamond, with an arrow per own action', () => {
    const count = (re: RegExp) => svg.match(re)?.length ?? 0;
    expect(count(/class="terminator"/g)).toBe(5); // start + 4 ends
    expect(count(/class="process"/g)).toBe(7);
    expect(count(/<polygon class="decision"/g)).toBe(1);
    const ownActions = DEFAULT_SOP.steps.reduce((n, s) => n + s.actions.length, 0);
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

  it('routes back-edges to the right of the lanes and widens the drawing for them', () => {
    const width = (s: string) => Number(/width="(\d+)"/.exec(s)?.[1]);
    const def = structuredClone(DEFAULT_SOP);
    // remove the two back-edges (complete → diterima, reschedule → penjadwalan)
    must(def.steps.find((s) => s.key === 'menunggu_kelengkapan')).actions.shift();
    must(def.steps.find((s) => s.key === 'terjadwal')).actions.pop();
    expect(width(svg)).toBeGreaterThan(width(renderSopFlowchart(def)));
  });

  it('falls back to the description when a step has no short name', () => {
    const def = structuredClone(DEFAULT_SOP);
    delete must(def.steps[0]).name;
    expect(renderSopFlowchart(def)).toContain('1. Menerima surat');
  });

  it('labels the actions of a step with several exits, including a third one on the left', () => {
    expect(svg).toContain('text-anchor="start">Tolak permohonan</text>');
    expect(svg).toContain('>Nyatakan lengkap</text>');
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
