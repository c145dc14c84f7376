import type { StepKind } from './definition';

/**
 * The geometry of the flowchart symbols PermenPAN-RB 35/2012 allows: terminator (capsule),
 * process (rectangle), decision (diamond), arrow (polyline with a filled head) and the numbered
 * off-page connector (pentagon pointing down). The flow table of the signed SOP
 * (`layoutSopTable`) and the standalone flowchart (`renderSopFlowchart`) both draw their symbols
 * from here, so the two cannot drift apart.
 */

export type Point = readonly [number, number];

/** The drawn symbol of a step. */
export type SymbolKind = 'terminator' | 'process' | 'decision';

/** Symbol of a step kind: start and end steps are terminators. */
export function symbolKind(kind: StepKind): SymbolKind {
  return kind === 'decision' ? 'decision' : kind === 'process' ? 'process' : 'terminator';
}

/** A symbol's outline; x/y/w/h is its bounding box. */
export interface SymbolOutline {
  readonly kind: SymbolKind;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** A closed polygon for decisions; for the others their box (terminators rounded). */
  readonly points: readonly Point[];
  /** Corner radius: half the height for a terminator, 0 otherwise. */
  readonly radius: number;
}

/** The outline of a symbol of width `w` and height `h` centred on (cx, cy). */
export function symbolOutline(
  kind: SymbolKind,
  cx: number,
  cy: number,
  w: number,
  h: number,
): SymbolOutline {
  const x = cx - w / 2;
  const y = cy - h / 2;
  const points: Point[] =
    kind === 'decision'
      ? [
          [cx, y],
          [x + w, cy],
          [cx, y + h],
          [x, cy],
        ]
      : [
          [x, y],
          [x + w, y],
          [x + w, y + h],
          [x, y + h],
        ];
  return { kind, x, y, w, h, points, radius: kind === 'terminator' ? h / 2 : 0 };
}

/**
 * The off-page connector: a square of side `size` whose lower part narrows to a point, so it
 * points down the page (the direction the flow continues in).
 */
export function offPageConnectorPoints(cx: number, top: number, size: number): Point[] {
  const left = cx - size / 2;
  return [
    [left, top],
    [left + size, top],
    [left + size, top + size * 0.6],
    [cx, top + size],
    [left, top + size * 0.6],
  ];
}

/** A filled triangle at the end of the polyline, pointing along its last segment. */
export function arrowHead(points: readonly Point[], length: number, halfWidth: number): Point[] {
  const end = points[points.length - 1] ?? [0, 0];
  const before = points[points.length - 2] ?? [end[0], end[1] - 1];
  const dx = end[0] - before[0];
  const dy = end[1] - before[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = end[0] - ux * length;
  const by = end[1] - uy * length;
  return [
    [end[0], end[1]],
    [bx - uy * halfWidth, by + ux * halfWidth],
    [bx + uy * halfWidth, by - ux * halfWidth],
  ];
}

const pointsAttr = (points: readonly Point[]) => points.map((p) => p.join(',')).join(' ');

/** The outline as one SVG element (polygon for a decision, rounded rect otherwise). */
export function symbolSvg(o: SymbolOutline): string {
  if (o.kind === 'decision') return `<polygon class="decision" points="${pointsAttr(o.points)}"/>`;
  return `<rect class="${o.kind}" x="${o.x}" y="${o.y}" width="${o.w}" height="${o.h}" rx="${o.radius}"/>`;
}

/**
 * Number of places where two routed arrows cross: an interior point of a segment of one lies on
 * an interior point of a segment of another. Arrows that meet at an end (joining into the same
 * target, leaving the same symbol) or run along each other are not crossings. Segments are
 * axis-parallel (orthogonal routing).
 */
export function countCrossings(paths: readonly (readonly Point[])[]): number {
  // Per arrow: its horizontal runs (y, x1, x2) and vertical runs (x, y1, y2), and its bounding box.
  const runs = paths.map((p) => {
    const h: [number, number, number][] = [];
    const v: [number, number, number][] = [];
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 1; i < p.length; i++) {
      const a = p[i - 1] as Point;
      const b = p[i] as Point;
      minX = Math.min(minX, a[0], b[0]);
      maxX = Math.max(maxX, a[0], b[0]);
      minY = Math.min(minY, a[1], b[1]);
      maxY = Math.max(maxY, a[1], b[1]);
      if (a[1] === b[1] && a[0] !== b[0])
        h.push([a[1], Math.min(a[0], b[0]), Math.max(a[0], b[0])]);
      else if (a[0] === b[0] && a[1] !== b[1])
        v.push([a[0], Math.min(a[1], b[1]), Math.max(a[1], b[1])]);
    }
    return { h, v, minX, minY, maxX, maxY };
  });
  const e = 0.01;
  const cross = (
    hs: readonly [number, number, number][],
    vs: readonly [number, number, number][],
  ) => {
    let n = 0;
    for (const [y, x1, x2] of hs)
      for (const [x, y1, y2] of vs) if (x > x1 + e && x < x2 - e && y > y1 + e && y < y2 - e) n++;
    return n;
  };
  let count = 0;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as (typeof runs)[number];
    for (let j = i + 1; j < runs.length; j++) {
      const q = runs[j] as (typeof runs)[number];
      if (r.maxX < q.minX || q.maxX < r.minX || r.maxY < q.minY || q.maxY < r.minY) continue;
      count += cross(r.h, q.v) + cross(q.h, r.v);
    }
  }
  return count;
}
