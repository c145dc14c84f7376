import type { SopAction, SopDefinition, SopStep } from './definition';
import { drawnDefinition } from './drawn-flow';
import {
  countCrossings,
  type Point,
  symbolKind,
  symbolOutline,
  symbolSvg,
} from './flowchart-symbols';
import { escapeXml, localize, stepTitle } from './format';
import { orderedSteps, startStepKey } from './graph';
import { globalActionNotes, type RenderOptions, sopLanes } from './render-document';

// Layout: one column (swimlane) per pelaksana; rows are the layers of a simple layered layout
// (longest path from the start along forward arrows), split where two steps of one layer share a
// lane. Long horizontal runs only use the empty margin at the bottom/top of a row and long
// vertical runs only use the gutter on the right of a lane, so arrows never cross a symbol. The
// lanes are ordered by barycentre, then by swapping neighbours, to leave as few crossings between
// arrows as that gives.

const MARGIN = 16;
const LANE_W = 176;
const HEADER_H = 44;
const ROW_H = 110;
const NODE_W = 132;
const NODE_H = 56;
const DIAMOND_H = 76;
const NODE_OFFSET = 12; // left padding of a node inside its lane
const GUTTER_X = NODE_OFFSET + NODE_W + 10; // first gutter track, relative to the lane
const OUTSIDE_TRACK = 10;
const LINE_H = 13;
const NOTE_H = 16;

type Exit = 'bottom' | 'right' | 'left';

/** A step placed in the flowchart. */
export interface FlowchartNode {
  readonly step: SopStep;
  /** Row number of the step in the SOP's flow table, shown as "n." in the symbol. */
  readonly no: number;
  /** Longest path from the start along forward arrows. */
  readonly layer: number;
  readonly row: number;
  /** Drawn position of the step's lane (0 = leftmost). */
  readonly lane: number;
  readonly cx: number;
  readonly cy: number;
  readonly hw: number;
  readonly hh: number;
}

/** An arrow of the flowchart, routed orthogonally. */
export interface FlowchartEdge {
  readonly from: string;
  readonly to: string;
  readonly action: SopAction;
  /** Shared by several steps (cancellation): drawn dashed, explained in the notes. */
  readonly shared: boolean;
  /** Leads back up the flow (returns, rescheduling). */
  readonly back: boolean;
  readonly exit: Exit;
  readonly points: readonly Point[];
}

/** The flowchart's geometry, before it becomes SVG. */
export interface FlowchartLayout {
  /** Lanes in drawn order, left to right. */
  readonly lanes: readonly { readonly role: string; readonly label: string }[];
  /** In flow-table order. */
  readonly nodes: readonly FlowchartNode[];
  readonly edges: readonly FlowchartEdge[];
  readonly rows: number;
  /** Right edge of the lanes. */
  readonly right: number;
  /** Places where two arrows cross (`countCrossings`). */
  readonly crossings: number;
}

/** Options: role labels, and a lane order to use instead of the one that minimises crossings. */
export interface FlowchartOptions extends RenderOptions {
  readonly laneOrder?: readonly string[];
}

interface Arc {
  readonly from: string;
  readonly to: string;
  readonly action: SopAction;
  readonly shared: boolean;
}

/** Every drawn arrow (own actions, then shared ones per step), with the back-edges marked. */
function arcsOf(def: SopDefinition, order: readonly string[]) {
  const arcs: Arc[] = [];
  for (const key of order) {
    const step = def.steps.find((s) => s.key === key);
    for (const action of step?.actions ?? [])
      if (order.includes(action.to) && action.to !== key)
        arcs.push({ from: key, to: action.to, action, shared: false });
    for (const g of def.globalActions ?? [])
      if (g.from.includes(key) && order.includes(g.to) && g.to !== key)
        arcs.push({ from: key, to: g.to, action: g, shared: true });
  }
  // Depth-first from the start, own arrows before shared ones: an arrow to a step still on the
  // path is a back-edge. What is left forms an acyclic graph to layer.
  const back = new Set<Arc>();
  const state = new Map<string, 'open' | 'done'>();
  const postorder: string[] = [];
  const visit = (key: string) => {
    state.set(key, 'open');
    const out = arcs
      .filter((a) => a.from === key)
      .sort((a, b) => Number(a.shared) - Number(b.shared));
    for (const a of out) {
      const s = state.get(a.to);
      if (s === 'open') back.add(a);
      else if (!s) visit(a.to);
    }
    state.set(key, 'done');
    postorder.push(key);
  };
  const start = startStepKey(def);
  if (start && order.includes(start)) visit(start);
  for (const key of order) if (!state.has(key)) visit(key);
  const layer = new Map(order.map((k) => [k, 0]));
  for (const key of postorder.reverse()) {
    for (const a of arcs)
      if (a.from === key && !back.has(a))
        layer.set(a.to, Math.max(layer.get(a.to) ?? 0, (layer.get(key) ?? 0) + 1));
  }
  return { arcs, back, layer };
}

/**
 * Lays out the swimlane flowchart: layers as rows, lanes in the order that leaves the fewest
 * crossings a barycentre sweep and neighbour swaps find (the start's lane stays leftmost).
 */
export function layoutSopFlowchart(
  source: SopDefinition,
  options: FlowchartOptions = {},
): FlowchartLayout {
  // A step's decision ("Lengkap?") is a symbol of its own, as in the flow table.
  const def = drawnDefinition(source);
  const order = orderedSteps(def);
  const appearance = sopLanes(def, options.roleLabels);
  const { arcs, back, layer } = arcsOf(def, order);
  const roleOf = (key: string) => def.steps.find((s) => s.key === key)?.role ?? '';

  // Rows: layer by layer; a step whose lane is taken in its layer's row goes to a row below.
  const rowOf = new Map<string, number>();
  let rows = 0;
  const layers = [...new Set(order.map((k) => layer.get(k) ?? 0))].sort((a, b) => a - b);
  for (const l of layers) {
    const taken: Set<string>[] = [];
    for (const key of order.filter((k) => (layer.get(k) ?? 0) === l)) {
      let sub = taken.findIndex((lanes) => !lanes.has(roleOf(key)));
      if (sub < 0) sub = taken.push(new Set()) - 1;
      taken[sub]?.add(roleOf(key));
      rowOf.set(key, rows + sub);
    }
    rows += taken.length;
  }

  const build = (laneOrder: readonly string[], outside: boolean): FlowchartLayout => {
    const laneOf = (key: string) => laneOrder.indexOf(roleOf(key));
    const laneLeft = (lane: number) => MARGIN + lane * LANE_W;
    const rowTop = (row: number) => MARGIN + HEADER_H + row * ROW_H;
    const lanesRight = MARGIN + laneOrder.length * LANE_W;
    let outsideTracks = 0;
    const nodes = order.flatMap((key, i): FlowchartNode[] => {
      const step = def.steps.find((s) => s.key === key);
      /* c8 ignore next */
      if (!step) return [];
      const lane = laneOf(key);
      const row = rowOf.get(key) ?? 0;
      return [
        {
          step,
          no: i + 1,
          layer: layer.get(key) ?? 0,
          row,
          lane,
          cx: laneLeft(lane) + NODE_OFFSET + NODE_W / 2,
          cy: rowTop(row) + ROW_H / 2,
          hw: NODE_W / 2,
          hh: (step.kind === 'decision' ? DIAMOND_H : NODE_H) / 2,
        },
      ];
    });
    const node = new Map(nodes.map((n) => [n.step.key, n]));
    const edges: FlowchartEdge[] = [];
    for (const s of nodes) {
      const used = new Set<Exit>();
      const take = (preferred: readonly Exit[]): Exit => {
        const side = preferred.find((p) => !used.has(p)) ?? preferred[0] ?? 'bottom';
        used.add(side);
        return side;
      };
      const out = arcs.filter((a) => a.from === s.step.key);
      // A decision's "Ya" leaves from the bottom and "Tidak" from the right; otherwise the way
      // forward from the bottom, returns from the sides, shared actions from the left.
      const ranked = [
        ...out.filter((a) => !a.shared && !back.has(a)),
        ...out.filter((a) => !a.shared && back.has(a)),
        ...out.filter((a) => a.shared),
      ];
      for (const a of ranked) {
        const t = node.get(a.to);
        /* c8 ignore next */
        if (!t) continue;
        const isBack = back.has(a);
        const exit: Exit =
          s.step.kind === 'decision' && a.action.branch
            ? take(a.action.branch === 'yes' ? ['bottom'] : ['right'])
            : a.shared
              ? take(['left', 'right', 'bottom'])
              : isBack
                ? take(['right', 'left', 'bottom'])
                : take(['bottom', 'right', 'left']);
        const k = edges.length;
        const ex = exit === 'bottom' ? s.cx : exit === 'right' ? s.cx + s.hw : s.cx - s.hw;
        const ey = exit === 'bottom' ? s.cy + s.hh : s.cy;
        const pts: [number, number][] = [[ex, ey]];
        const ys = rowTop(s.row + 1) - 4 - (k % 3) * 3; // bottom margin of the source row
        const yt = rowTop(t.row) + 3 + (k % 3) * 3; // top margin of the target row
        const tTop = t.cy - t.hh;
        // Leave the symbol sideways into the lane's own side track first.
        if (exit === 'right') pts.push([laneLeft(s.lane) + GUTTER_X + (k % 3) * 4, ey]);
        if (exit === 'left') pts.push([laneLeft(s.lane) + 4, ey]);
        const lastX = (pts[pts.length - 1] as [number, number])[0];
        if (t.row === s.row + 1) {
          pts.push([lastX, ys], [t.cx, ys], [t.cx, tTop]);
        } else if (t.row > s.row || !outside) {
          // Further down, or back up (returns): along the target lane's gutter, back-edges on
          // their own tracks at its outer side, then into the top of the target.
          const gx = laneLeft(t.lane) + GUTTER_X + (t.row > s.row ? (k % 3) * 4 : 12 + (k % 2) * 3);
          pts.push([lastX, ys], [gx, ys], [gx, yt], [t.cx, yt], [t.cx, tTop]);
        } else {
          // Back up around the right of the lanes, one track each.
          const bx = lanesRight + OUTSIDE_TRACK * ++outsideTracks;
          pts.push([lastX, ys], [bx, ys], [bx, yt], [t.cx, yt], [t.cx, tTop]);
        }
        const points = pts.filter(
          (p, j) => j === 0 || p[0] !== pts[j - 1]?.[0] || p[1] !== pts[j - 1]?.[1],
        );
        edges.push({
          from: a.from,
          to: a.to,
          action: a.action,
          shared: a.shared,
          back: isBack,
          exit,
          points,
        });
      }
    }
    return {
      lanes: laneOrder.map(
        (role) => appearance.find((l) => l.role === role) ?? { role, label: role },
      ),
      nodes,
      edges,
      rows,
      right: lanesRight + OUTSIDE_TRACK * (outsideTracks && outsideTracks + 1),
      crossings: countCrossings(edges.map((e) => e.points)),
    };
  };

  const initial = appearance.map((l) => l.role);
  if (options.laneOrder) {
    const forced = options.laneOrder.filter((r) => initial.includes(r));
    const lanes = [...forced, ...initial.filter((r) => !forced.includes(r))];
    const [inside, outside] = [build(lanes, false), build(lanes, true)];
    return outside.crossings < inside.crossings ? outside : inside;
  }
  // Sweeps and swaps revisit orders: lay each one out once.
  const seen = new Map<string, FlowchartLayout>();
  const cached = (lanes: readonly string[], outside: boolean) => {
    const key = `${outside}:${lanes.join()}`;
    const hit = seen.get(key);
    if (hit) return hit;
    const made = build(lanes, outside);
    seen.set(key, made);
    return made;
  };
  const search = (outside: boolean) => {
    let best = cached(initial, outside);
    const consider = (lanes: readonly string[]) => {
      const candidate = cached(lanes, outside);
      if (candidate.crossings < best.crossings) best = candidate;
    };
    // Barycentre sweeps: each lane moves to the mean position of the lanes its arrows join.
    let current = initial;
    for (let sweep = 0; sweep < 8; sweep++) {
      const pos = new Map(current.map((r, i) => [r, i]));
      const bary = (role: string) => {
        const others = arcs.flatMap((a) => {
          const [p, q] = [roleOf(a.from), roleOf(a.to)];
          if (p === q) return [];
          return p === role ? [pos.get(q) ?? 0] : q === role ? [pos.get(p) ?? 0] : [];
        });
        return others.length
          ? others.reduce((sum, v) => sum + v, 0) / others.length
          : (pos.get(role) ?? 0);
      };
      const [first, ...restLanes] = current;
      const next = [
        ...(first === undefined ? [] : [first]),
        ...restLanes
          .map((r) => ({ r, b: bary(r), p: pos.get(r) ?? 0 }))
          .sort((a, b) => a.b - b.b || a.p - b.p)
          .map((x) => x.r),
      ];
      if (next.join() === current.join()) break;
      consider(next);
      current = next;
    }
    // Then swap neighbours while that removes crossings (the start's lane stays first).
    for (let improved = true, pass = 0; improved && pass < 10; pass++) {
      improved = false;
      for (let i = 1; i + 1 < best.lanes.length; i++) {
        const lanes = best.lanes.map((l) => l.role);
        [lanes[i], lanes[i + 1]] = [lanes[i + 1] as string, lanes[i] as string];
        const before = best.crossings;
        consider(lanes);
        if (best.crossings < before) improved = true;
      }
    }
    return best;
  };
  // Back-edges along the lanes' gutters keep the drawing compact; around the right of the lanes
  // only when that crosses fewer arrows.
  const [inside, outside] = [search(false), search(true)];
  return outside.crossings < inside.crossings ? outside : inside;
}

/** The SOP flowchart as a standalone, deterministic SVG document. */
export function renderSopFlowchart(def: SopDefinition, options: FlowchartOptions = {}): string {
  const locale = options.locale ?? 'id';
  const layout = layoutSopFlowchart(def, options);
  const laneLeft = (lane: number) => MARGIN + lane * LANE_W;
  const node = new Map(layout.nodes.map((n) => [n.step.key, n]));

  const edges: string[] = [];
  const labels: string[] = [];
  for (const e of layout.edges) {
    const d = e.points.map((p, j) => `${j === 0 ? 'M' : 'L'}${p[0]},${p[1]}`).join(' ');
    edges.push(
      `<path class="${e.shared ? 'edge shared' : 'edge'}" d="${d}" marker-end="url(#arrow)"/>`,
    );
    const s = node.get(e.from);
    // Shared actions are explained once, in the notes under the chart.
    if (e.shared || !s) continue;
    const text = e.action.branch
      ? e.action.branch === 'yes'
        ? locale === 'id'
          ? 'Ya'
          : 'Yes'
        : locale === 'id'
          ? 'Tidak'
          : 'No'
      : s.step.actions.length > 1
        ? localize(e.action.label, locale)
        : '';
    if (!text) continue;
    const [ex, ey] = e.points[0] ?? [0, 0];
    // Labels of ways out other than a decision's go under the symbol: the way forward left of
    // its arrow when a return leaves from the side too, the return right of it.
    const sideLabel = layout.edges.some(
      (o) => o.from === e.from && o !== e && !o.shared && o.exit === 'right',
    );
    const under = s.cy + s.hh + 12;
    const [lx, ly, anchor] =
      e.exit === 'bottom'
        ? sideLabel
          ? [ex - 4, under, 'end']
          : [ex + 4, under, 'start']
        : e.exit === 'right'
          ? e.action.branch
            ? [ex + 3, ey - 4, 'start']
            : [s.cx + 4, under, 'start']
          : // Left of the symbol there is only the lane's narrow margin: label above it instead.
            [laneLeft(s.lane) + 3, s.cy - s.hh - 3, 'start'];
    labels.push(
      `<text class="label" x="${lx}" y="${ly}" text-anchor="${anchor}">${escapeXml(text)}</text>`,
    );
  }

  const notes = globalActionNotes(def, locale, options.roleLabels);
  const width = layout.right + MARGIN;
  const bodyBottom = MARGIN + HEADER_H + layout.rows * ROW_H;
  const height = bodyBottom + notes.length * NOTE_H + MARGIN;
  const title = `${def.identity.number} ${def.identity.name}`;

  const laneSvg = layout.lanes
    .map((l, i) => {
      const x = laneLeft(i);
      const header = wrapText(l.label, 24, 2);
      return (
        `<rect class="lane" x="${x}" y="${MARGIN}" width="${LANE_W}" height="${bodyBottom - MARGIN}"/>` +
        `<rect class="lane-header" x="${x}" y="${MARGIN}" width="${LANE_W}" height="${HEADER_H}"/>` +
        textBlock(header, x + LANE_W / 2, MARGIN + HEADER_H / 2, 'lane-title')
      );
    })
    .join('');
  const nodeSvg = layout.nodes
    .map((p) => {
      const name = `${p.no}. ${stepTitle(p.step, locale)}`;
      const lines = p.step.kind === 'decision' ? wrapText(name, 16, 3) : wrapText(name, 20, 3);
      const outline = symbolOutline(symbolKind(p.step.kind), p.cx, p.cy, p.hw * 2, p.hh * 2);
      return `<g class="step" data-step="${escapeXml(p.step.key)}">${symbolSvg(outline)}${textBlock(lines, p.cx, p.cy, 'step-text')}</g>`;
    })
    .join('');
  const noteSvg = notes
    .map(
      (n, i) =>
        `<text class="note" x="${MARGIN}" y="${bodyBottom + (i + 1) * NOTE_H - 4}">${escapeXml(n)}</text>`,
    )
    .join('');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>',
    '<style>.lane{fill:none;stroke:#999}.lane-header{fill:#eef2f7;stroke:#999}.lane-title{font-weight:bold}.terminator,.process,.decision{fill:#fff;stroke:#333;stroke-width:1.5}.edge{fill:none;stroke:#333;stroke-width:1.2}.shared{stroke-dasharray:4 3}.label{font-size:10px;fill:#333}.note{font-size:10px;fill:#555}</style>',
    laneSvg,
    edges.join(''),
    nodeSvg,
    labels.join(''),
    noteSvg,
    '</svg>',
  ].join('\n');
}

/** Splits text into at most `maxLines` lines of about `width` characters, ending with "…" if cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const piece = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    if (!current) current = piece;
    else if (current.length + 1 + piece.length <= width) current = `${current} ${piece}`;
    else {
      lines.push(current);
      current = piece;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1).trimEnd() : last}…`;
  return kept;
}

function textBlock(lines: readonly string[], cx: number, cy: number, cls: string): string {
  const top = cy - ((lines.length - 1) * LINE_H) / 2 + 4;
  const spans = lines
    .map((l, i) => `<tspan x="${cx}" y="${top + i * LINE_H}">${escapeXml(l)}</tspan>`)
    .join('');
  return `<text class="${cls}" text-anchor="middle">${spans}</text>`;
}
