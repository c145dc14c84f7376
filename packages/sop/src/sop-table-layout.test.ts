import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import type { SopDefinition } from './definition';
import { renderSopDocument } from './render-document';
import {
  A4_LANDSCAPE,
  type LaidPage,
  type LaidSymbol,
  layoutSopTable,
  type Point,
  type SopTableLayout,
} from './sop-table-layout';
import { textWidth } from './text-metrics';

const doc = renderSopDocument(DEFAULT_SOP);
const layout = layoutSopTable(doc);
const allSymbols = layout.pages.flatMap((p) => p.symbols);

function inside(s: { x: number; y: number; w: number; h: number }, [px, py]: Point, slack = 0) {
  return px > s.x - slack && px < s.x + s.w + slack && py > s.y - slack && py < s.y + s.h + slack;
}

/** True when the axis-parallel segment a-b passes through the interior of the box. */
function crosses(s: LaidSymbol, a: Point, b: Point): boolean {
  const [x1, x2] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y1, y2] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  const e = 0.5;
  return x2 > s.x + e && x1 < s.x + s.w - e && y2 > s.y + e && y1 < s.y + s.h - e;
}

function checkPage(page: LaidPage, l: SopTableLayout) {
  const g = l.geometry;
  for (const r of page.rows) {
    expect(r.y + r.h).toBeLessThanOrEqual(g.height - g.margin + 0.01);
    for (const c of r.cells) {
      const column = l.columns.find((col) => col.key === c.column);
      for (const t of c.lines) {
        // Every line fits its column, and sits inside its row.
        expect(textWidth(t.text, t.size, t.weight)).toBeLessThanOrEqual((column?.w ?? 0) - 5.99);
        expect(t.y).toBeGreaterThan(r.y);
        expect(t.y).toBeLessThan(r.y + r.h);
      }
    }
  }
  for (const a of page.arrows) {
    for (let i = 1; i < a.points.length; i++) {
      const p = a.points[i - 1] as Point;
      const q = a.points[i] as Point;
      // Orthogonal routing only.
      expect(p[0] === q[0] || p[1] === q[1]).toBe(true);
      // No arrow runs through a symbol it does not join.
      for (const s of page.symbols) {
        if (s.no === a.fromNo || s.no === a.toNo) continue;
        expect(crosses(s, p, q), `arrow ${a.fromNo}→${a.toNo} crosses step ${s.no}`).toBe(false);
      }
    }
  }
}

describe('layoutSopTable', () => {
  it('has the regulation columns, one lane per pelaksana, filling the page width', () => {
    expect(layout.columns.map((c) => c.key)).toEqual([
      'no',
      'kegiatan',
      'pelaksana',
      'kelengkapan',
      'waktu',
      'output',
      'keterangan',
    ]);
    expect(layout.lanes.map((l) => l.label)).toEqual(doc.lanes.map((l) => l.label));
    const total = layout.columns.reduce((sum, c) => sum + c.w, 0);
    expect(total).toBeCloseTo(A4_LANDSCAPE.width - 2 * A4_LANDSCAPE.margin, 6);
    const pelaksana = layout.columns.find((c) => c.key === 'pelaksana');
    expect(layout.lanes[0]?.x).toBeCloseTo(pelaksana?.x ?? -1, 6);
    const lastLane = layout.lanes.at(-1);
    expect((lastLane?.x ?? 0) + (lastLane?.w ?? 0)).toBeCloseTo(
      (pelaksana?.x ?? 0) + (pelaksana?.w ?? 0),
      6,
    );
    // The lane titles are in the header of every page.
    for (const page of layout.pages) {
      const header = page.header.find((c) => c.column === 'pelaksana');
      const words = header?.lines.map((t) => t.text).join(' ');
      for (const lane of layout.lanes) expect(words).toContain(lane.label.split(' ')[0]);
    }
  });

  it('puts each step once, in its own row and its role’s lane, with the right symbol', () => {
    expect(allSymbols.map((s) => s.no)).toEqual(doc.activities.map((a) => a.no));
    for (const a of doc.activities) {
      const s = allSymbols.find((x) => x.no === a.no);
      const lane = layout.lanes.find((l) => l.role === a.role);
      const row = layout.pages.flatMap((p) => p.rows).find((r) => r.no === a.no);
      expect(s && lane && row).toBeTruthy();
      if (!s || !lane || !row) continue;
      expect(s.x).toBeGreaterThanOrEqual(lane.x);
      expect(s.x + s.w).toBeLessThanOrEqual(lane.x + lane.w);
      expect(s.y).toBeGreaterThan(row.y);
      expect(s.y + s.h).toBeLessThan(row.y + row.h);
      expect(s.kind).toBe(
        a.kind === 'decision' ? 'decision' : a.kind === 'process' ? 'process' : 'terminator',
      );
    }
    // One diamond per decision: the decision steps and the front desk's "Lengkap?".
    const decisions = DEFAULT_SOP.steps.filter((s) => s.kind === 'decision' || s.decision);
    expect(decisions.map((s) => s.key)).toEqual(['diterima', 'persetujuan']);
    expect(allSymbols.filter((s) => s.kind === 'decision').map((s) => s.stepKey)).toEqual([
      'diterima.keputusan',
      'persetujuan',
    ]);
    expect(allSymbols.filter((s) => s.kind === 'terminator')).toHaveLength(5);
    expect(allSymbols.find((s) => s.kind === 'terminator')?.radius).toBeGreaterThan(0);
  });

  it('breaks the default SOP over two pages with numbered connectors at the break', () => {
    expect(layout.pages).toHaveLength(2);
    const [first, second] = layout.pages as [LaidPage, LaidPage];
    const outs = first.connectors.filter((c) => c.direction === 'out');
    const ins = second.connectors.filter((c) => c.direction === 'in');
    expect(outs.length).toBeGreaterThan(0);
    expect(outs.map((c) => c.no).sort()).toEqual(ins.map((c) => c.no).sort());
    // Each connector leads to a row on the next page, in that row's lane.
    for (const c of ins) {
      const target = second.symbols.find((s) => s.no === c.toNo);
      expect(target?.lane).toBe(c.lane);
      expect(c.label.text).toBe(String(c.no));
      expect(second.arrows.some((a) => a.fromNo === 0 && a.toNo === c.toNo)).toBe(true);
    }
    // Connectors are numbered 1..n without gaps.
    const numbers = [...new Set(ins.map((c) => c.no))].sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(first.heading.map((t) => t.text)).toContain('Halaman 1 dari 2');
  });

  it('draws every way out of every row, with "Ya" / "Tidak" on a decision', () => {
    for (const a of doc.activities) {
      const page = layout.pages.find((p) => p.rows.some((r) => r.no === a.no));
      const out = page?.arrows.filter((x) => x.fromNo === a.no) ?? [];
      const targets = [...a.next, ...a.globalNext].map((n) => n.toNo);
      expect(out).toHaveLength(targets.length);
      for (const arrow of out) {
        if (arrow.toNo === 0) {
          // Through a connector to a row on another page.
          const c = page?.connectors.find(
            (x) => x.direction === 'out' && inside(x, arrow.points.at(-1) ?? [0, 0], 0.01),
          );
          expect(targets).toContain(c?.toNo);
        } else expect(targets).toContain(arrow.toNo);
      }
      if (a.kind === 'decision')
        expect(
          out
            .filter((x) => !x.dashed)
            .map((x) => x.label?.text)
            .sort(),
        ).toEqual(['Tidak', 'Ya']);
      else expect(out.every((x) => x.label === undefined)).toBe(true);
    }
    // Cancellation (a shared action) is dashed; own actions are solid.
    const dashed = layout.pages.flatMap((p) => p.arrows).filter((a) => a.dashed);
    expect(dashed).toHaveLength(5);
  });

  it('ends every arrow on the top of its target with a head pointing into it', () => {
    for (const page of layout.pages) {
      for (const a of page.arrows) {
        const end = a.points.at(-1) as Point;
        const target =
          a.toNo === 0
            ? page.connectors.find((c) => c.direction === 'out' && inside(c, end, 0.01))
            : page.symbols.find((s) => s.no === a.toNo);
        expect(target).toBeTruthy();
        expect(end[1]).toBeCloseTo(target?.y ?? -1, 6);
        expect(a.head[0]).toEqual(end);
      }
    }
  });

  it('keeps text in its cells and arrows out of other symbols, on every page', () => {
    for (const page of layout.pages) checkPage(page, layout);
  });

  it('lays out a long SOP on a small page: more breaks, the same rules', () => {
    const long: SopDefinition = structuredClone(DEFAULT_SOP);
    for (const step of long.steps) step.keterangan = `${step.description.id} `.repeat(3);
    const small = { ...A4_LANDSCAPE, width: 700, height: 420 };
    const l = layoutSopTable(renderSopDocument(long), { geometry: small });
    expect(l.pages.length).toBeGreaterThan(3);
    for (const page of l.pages) checkPage(page, l);
    // A row taller than a page is cut with an ellipsis instead of running off it.
    const huge = structuredClone(DEFAULT_SOP);
    const first = huge.steps[0];
    if (first) first.keterangan = 'kata '.repeat(900);
    const h = layoutSopTable(renderSopDocument(huge), { geometry: small });
    const cell = h.pages[0]?.rows[0]?.cells.find((c) => c.column === 'keterangan');
    expect(cell?.lines.at(-1)?.text.endsWith('…')).toBe(true);
    for (const page of h.pages) checkPage(page, h);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(layoutSopTable(doc))).toBe(JSON.stringify(layout));
  });
});
