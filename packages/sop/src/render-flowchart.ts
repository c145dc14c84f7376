import type { SopDefinition, SopStep } from './definition';
import { escapeXml, localize } from './format';
import { orderedSteps } from './graph';
import { globalActionNotes, type RenderOptions, sopLanes } from './render-document';

// Layout: one column (swimlane) per pelaksana, one row per step. Long horizontal runs only use
// the empty margin at the bottom/top of a row and long vertical runs only use the gutter on the
// right of a lane (or the far right for back-edges), so arrows never cross a symbol.
const MARGIN = 16;
const LANE_W = 176;
const HEADER_H = 44;
const ROW_H = 100;
const NODE_W = 132;
const NODE_H = 56;
const DIAMOND_H = 76;
const NODE_OFFSET = 12; // left padding of a node inside its lane
const GUTTER_X = NODE_OFFSET + NODE_W + 10; // first gutter track, relative to the lane
const BACK_TRACK = 10;
const LINE_H = 13;
const NOTE_H = 16;

interface Placed {
  readonly step: SopStep;
  readonly no: number;
  readonly row: number;
  readonly lane: number;
  readonly cx: number;
  readonly cy: number;
  readonly hw: number;
  readonly hh: number;
}

type Exit = 'bottom' | 'right' | 'left';

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

function shape(p: Placed): string {
  const { cx, cy, hw, hh } = p;
  if (p.step.kind === 'decision') {
    return `<polygon class="decision" points="${cx},${cy - hh} ${cx + hw},${cy} ${cx},${cy + hh} ${cx - hw},${cy}"/>`;
  }
  const rx = p.step.kind === 'process' ? 2 : hh;
  return `<rect class="${p.step.kind === 'process' ? 'process' : 'terminator'}" x="${cx - hw}" y="${cy - hh}" width="${hw * 2}" height="${hh * 2}" rx="${rx}"/>`;
}

function exitPoint(p: Placed, exit: Exit): [number, number] {
  if (exit === 'bottom') return [p.cx, p.cy + p.hh];
  return exit === 'right' ? [p.cx + p.hw, p.cy] : [p.cx - p.hw, p.cy];
}

/** The SOP flowchart as a standalone, deterministic SVG document. */
export function renderSopFlowchart(def: SopDefinition, options: RenderOptions = {}): string {
  const locale = options.locale ?? 'id';
  const lanes = sopLanes(def, options.roleLabels);
  const order = orderedSteps(def);
  const placed = new Map<string, Placed>();
  order.forEach((key, row) => {
    const step = def.steps.find((s) => s.key === key);
    /* c8 ignore next */
    if (!step) return;
    const lane = lanes.findIndex((l) => l.role === step.role);
    placed.set(key, {
      step,
      no: row + 1,
      row,
      lane,
      cx: MARGIN + lane * LANE_W + NODE_OFFSET + NODE_W / 2,
      cy: MARGIN + HEADER_H + row * ROW_H + ROW_H / 2,
      hw: NODE_W / 2,
      hh: (step.kind === 'decision' ? DIAMOND_H : NODE_H) / 2,
    });
  });
  const rowTop = (row: number) => MARGIN + HEADER_H + row * ROW_H;
  const laneLeft = (lane: number) => MARGIN + lane * LANE_W;
  const lanesRight = MARGIN + lanes.length * LANE_W;

  const edges: string[] = [];
  const labels: string[] = [];
  let backCount = 0;
  let edgeCount = 0;
  for (const key of order) {
    const s = placed.get(key);
    /* c8 ignore next */
    if (!s) continue;
    const many = s.step.actions.length > 1;
    // Own actions first, then the shared ones (cancellation), drawn dashed from a free side.
    const exits = [
      ...s.step.actions.map((action) => ({ action, shared: false })),
      ...(def.globalActions ?? [])
        .filter((g) => g.from.includes(key))
        .map((action) => ({ action, shared: true })),
    ];
    exits.forEach(({ action, shared }, i) => {
      const t = placed.get(action.to);
      if (!t) return;
      const k = edgeCount++;
      const exit: Exit =
        s.step.kind === 'decision'
          ? shared
            ? 'left'
            : action.branch === 'no'
              ? 'right'
              : 'bottom'
          : ((['bottom', 'right', 'left'] as const)[i] ?? 'bottom');
      const [ex, ey] = exitPoint(s, exit);
      const pts: [number, number][] = [[ex, ey]];
      const ys = rowTop(s.row + 1) - 4 - (k % 3) * 3; // bottom margin of the source row
      const yt = rowTop(t.row) + 3 + (k % 3) * 3; // top margin of the target row
      const tTop = t.cy - t.hh;
      // Leave the symbol sideways into the lane's own side track first.
      if (exit === 'right') pts.push([laneLeft(s.lane) + GUTTER_X + (k % 3) * 4, ey]);
      if (exit === 'left') pts.push([laneLeft(s.lane) + 4, ey]);
      const last = () => pts[pts.length - 1] as [number, number];
      if (t.row === s.row + 1) {
        pts.push([last()[0], ys], [t.cx, ys], [t.cx, tTop]);
      } else if (t.row > s.row) {
        const gx = laneLeft(t.lane) + GUTTER_X + (k % 3) * 4;
        pts.push([last()[0], ys], [gx, ys], [gx, yt], [t.cx, yt], [t.cx, tTop]);
      } else {
        const bx = lanesRight + BACK_TRACK * (backCount++ + 1);
        pts.push([last()[0], ys], [bx, ys], [bx, yt], [t.cx, yt], [t.cx, tTop]);
      }
      const d = pts
        .filter((p, j) => j === 0 || p[0] !== pts[j - 1]?.[0] || p[1] !== pts[j - 1]?.[1])
        .map((p, j) => `${j === 0 ? 'M' : 'L'}${p[0]},${p[1]}`)
        .join(' ');
      edges.push(
        `<path class="${shared ? 'edge shared' : 'edge'}" d="${d}" marker-end="url(#arrow)"/>`,
      );
      if (shared) return; // explained once, in the notes under the chart
      const text = action.branch
        ? action.branch === 'yes'
          ? locale === 'id'
            ? 'Ya'
            : 'Yes'
          : locale === 'id'
            ? 'Tidak'
            : 'No'
        : many
          ? localize(action.label, locale)
          : '';
      if (text) {
        const [lx, ly, anchor] =
          exit === 'bottom'
            ? [ex + 4, ey + 12, 'start']
            : exit === 'right'
              ? [ex + 3, ey - 4, 'start']
              : // Left of the symbol there is only the lane's narrow margin: label above it instead.
                [laneLeft(s.lane) + 3, s.cy - s.hh - 3, 'start'];
        labels.push(
          `<text class="label" x="${lx}" y="${ly}" text-anchor="${anchor}">${escapeXml(text)}</text>`,
        );
      }
    });
  }

  const notes = globalActionNotes(def, locale, options.roleLabels);
  const width = lanesRight + BACK_TRACK * (backCount + 1) + MARGIN;
  const bodyBottom = rowTop(order.length);
  const height = bodyBottom + notes.length * NOTE_H + MARGIN;
  const title = `${def.identity.number} ${def.identity.name}`;

  const laneSvg = lanes
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
  const nodeSvg = [...placed.values()]
    .map((p) => {
      const name = `${p.no}. ${localize(p.step.name ?? p.step.description, locale)}`;
      const lines = p.step.kind === 'decision' ? wrapText(name, 16, 3) : wrapText(name, 20, 3);
      return `<g class="step" data-step="${escapeXml(p.step.key)}">${shape(p)}${textBlock(lines, p.cx, p.cy, 'step-text')}</g>`;
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
