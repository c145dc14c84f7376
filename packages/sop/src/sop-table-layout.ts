import {
  arrowHead,
  offPageConnectorPoints,
  type Point,
  type SymbolOutline,
  symbolKind,
  symbolOutline,
} from './flowchart-symbols';
import type { ActivityRow, SopDocument } from './render-document';
import { type FontWeight, textWidth, wrapLines } from './text-metrics';

/**
 * The flow table of an SOP (PermenPAN-RB 35/2012) laid out on pages: one row per activity, one
 * sub-column per pelaksana with the step's symbol in its role's column, the mutu baku columns
 * (kelengkapan, waktu, output) and keterangan. The flowchart is drawn inside the table with the
 * regulation's five symbols only: terminator, process, decision (exits "Ya" / "Tidak"), arrow,
 * and the numbered off-page connector where an arrow continues on another page.
 *
 * Everything is positioned here, in points from the page's top-left corner, so the PDF and the
 * HTML page draw the same table: they only translate shapes and text lines into their own
 * primitives. Text is measured with the Helvetica metrics the PDF uses.
 */

/** Page geometry and type sizes of the table. */
export interface TableGeometry {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly fontSize: number;
  readonly lineHeight: number;
}

/** A4 landscape in points, the paper of the signed SOP. */
export const A4_LANDSCAPE: TableGeometry = {
  width: 841.89,
  height: 595.28,
  margin: 28,
  fontSize: 6.5,
  lineHeight: 8,
};

export type { Point } from './flowchart-symbols';

/** One line of text; `y` is the baseline. */
export interface LaidText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly weight: FontWeight;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** Columns in reading order; the lane columns together are the `pelaksana` column. */
export type ColumnKey =
  | 'no'
  | 'kegiatan'
  | 'pelaksana'
  | 'kelengkapan'
  | 'waktu'
  | 'output'
  | 'keterangan';

/** A table cell's text, grouped so the HTML table can expose rows and cells to screen readers. */
export interface LaidCell {
  readonly column: ColumnKey;
  readonly lines: readonly LaidText[];
  /** Spoken instead of the lines (the pelaksana cell speaks the role's name). */
  readonly label?: string;
}

/** A step's flowchart symbol in its row and lane (outline from `symbolOutline`). */
export interface LaidSymbol extends SymbolOutline {
  readonly stepKey: string;
  readonly no: number;
  readonly lane: number;
}

/** Off-page connector: a pentagon pointing down, numbered; `out` where the arrow leaves a page. */
export interface LaidConnector {
  readonly no: number;
  readonly direction: 'out' | 'in';
  /** Row number of the step the arrow leads to. */
  readonly toNo: number;
  readonly lane: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly points: readonly Point[];
  readonly label: LaidText;
}

/** An arrow: a polyline ending in a filled head. */
export interface LaidArrow {
  /** Row numbers (0 for a connector). */
  readonly fromNo: number;
  readonly toNo: number;
  readonly points: readonly Point[];
  readonly head: readonly Point[];
  /** Actions shared by several steps (cancellation) are dashed. */
  readonly dashed: boolean;
  readonly label?: LaidText;
}

/** A straight line of the table grid. */
export interface LaidLine {
  readonly from: Point;
  readonly to: Point;
}

export interface LaidRow {
  readonly no: number;
  readonly stepKey: string;
  readonly y: number;
  readonly h: number;
  readonly cells: readonly LaidCell[];
}

export interface LaidPage {
  /** 1-based. */
  readonly no: number;
  /** Page heading (SOP number and name, page x of n). */
  readonly heading: readonly LaidText[];
  readonly header: readonly LaidCell[];
  readonly rows: readonly LaidRow[];
  readonly grid: readonly LaidLine[];
  readonly symbols: readonly LaidSymbol[];
  readonly connectors: readonly LaidConnector[];
  readonly arrows: readonly LaidArrow[];
}

export interface LaidColumn {
  readonly key: ColumnKey;
  readonly x: number;
  readonly w: number;
}

export interface LaidLane {
  readonly role: string;
  readonly label: string;
  readonly x: number;
  readonly w: number;
}

export interface SopTableLayout {
  readonly geometry: TableGeometry;
  readonly columns: readonly LaidColumn[];
  readonly lanes: readonly LaidLane[];
  readonly pages: readonly LaidPage[];
}

/** Column titles in Bahasa Indonesia (the signed SOP is an Indonesian government document). */
export const TABLE_TITLES = {
  no: 'No',
  kegiatan: 'Kegiatan',
  pelaksana: 'Pelaksana',
  mutuBaku: 'Mutu Baku',
  kelengkapan: 'Kelengkapan',
  waktu: 'Waktu',
  output: 'Output',
  keterangan: 'Keterangan',
} as const;

const PAD = 3;
const HEADING_H = 16;
/** Minimum row height: room for a diamond plus a track above and below it. */
const MIN_ROW_H = 38;
/** Height of the band that holds off-page connectors at the top or bottom of a page's table. */
const STRIP_H = 24;
/** Side gutter of a lane (tracks for vertical runs of arrows). */
const GUTTER = 8;
const TRACK = 2.5;
/** Distance of horizontal runs from a row's top or bottom edge. */
const RUN = 4;
const CONNECTOR = 12;
const HEAD_LEN = 4;
const HEAD_HALF = 2;
const LABEL_SIZE = 5.5;

type Side = 'bottom' | 'right' | 'left';

interface TextColumn {
  readonly key: Exclude<ColumnKey, 'pelaksana'>;
  readonly base: number;
  readonly min: number;
}
const TEXT_COLUMNS_BEFORE: readonly TextColumn[] = [
  { key: 'no', base: 18, min: 18 },
  { key: 'kegiatan', base: 150, min: 120 },
];
const TEXT_COLUMNS_AFTER: readonly TextColumn[] = [
  { key: 'kelengkapan', base: 120, min: 95 },
  { key: 'waktu', base: 50, min: 42 },
  { key: 'output', base: 90, min: 72 },
  { key: 'keterangan', base: 100, min: 80 },
];

function cellTexts(a: ActivityRow): Record<Exclude<ColumnKey, 'pelaksana'>, string> {
  return {
    no: String(a.no),
    kegiatan: a.description,
    kelengkapan: a.kelengkapan.length ? a.kelengkapan.map((k) => `- ${k}`).join('\n') : '-',
    waktu: a.waktu,
    output: a.output || '-',
    keterangan: a.keterangan.length ? a.keterangan.join('\n') : '-',
  };
}

/** An edge of the flow as the table draws it. */
interface Flow {
  readonly fromNo: number;
  readonly toNo: number;
  readonly side: Side;
  readonly dashed: boolean;
  readonly branch?: 'yes' | 'no';
}

/**
 * Which side of its symbol each way out of a row leaves from: a decision's "Ya" from the bottom
 * and "Tidak" from the right; otherwise the first forward step from the bottom, returns from
 * the sides, shared actions (cancellation) from the left.
 */
function flowsOf(a: ActivityRow): Flow[] {
  const used = new Set<Side>();
  const take = (preferred: readonly Side[]): Side => {
    const side = preferred.find((s) => !used.has(s)) ?? preferred[preferred.length - 1] ?? 'left';
    used.add(side);
    return side;
  };
  const flows: Flow[] = [];
  const own = a.next.filter((n) => n.toNo > 0 && n.toNo !== a.no);
  if (a.kind === 'decision') {
    for (const n of own) {
      const side = take(n.branch === 'yes' ? ['bottom'] : n.branch === 'no' ? ['right'] : ['left']);
      flows.push({
        fromNo: a.no,
        toNo: n.toNo,
        side,
        dashed: false,
        ...(n.branch ? { branch: n.branch } : {}),
      });
    }
  } else {
    const forward = own.filter((n) => n.toNo > a.no);
    const back = own.filter((n) => n.toNo < a.no);
    for (const n of forward)
      flows.push({
        fromNo: a.no,
        toNo: n.toNo,
        side: take(['bottom', 'right', 'left']),
        dashed: false,
      });
    for (const n of back)
      flows.push({
        fromNo: a.no,
        toNo: n.toNo,
        side: take(['right', 'left', 'bottom']),
        dashed: false,
      });
  }
  for (const g of a.globalNext) {
    if (g.toNo > 0 && g.toNo !== a.no)
      flows.push({
        fromNo: a.no,
        toNo: g.toNo,
        side: take(['left', 'right', 'bottom']),
        dashed: true,
      });
  }
  return flows;
}

/** Options: page geometry (defaults to A4 landscape). */
export interface TableLayoutOptions {
  readonly geometry?: TableGeometry;
}

/** Lays out the flow table of an SOP document on pages. Pure and deterministic. */
export function layoutSopTable(doc: SopDocument, options: TableLayoutOptions = {}): SopTableLayout {
  const g = options.geometry ?? A4_LANDSCAPE;
  const size = g.fontSize;
  const lh = g.lineHeight;
  const tableW = g.width - 2 * g.margin;

  // Column widths: lanes share what the text columns leave at their minimum, within bounds;
  // the text columns then share the rest in proportion to their base widths.
  const textCols = [...TEXT_COLUMNS_BEFORE, ...TEXT_COLUMNS_AFTER];
  const laneCount = Math.max(doc.lanes.length, 1);
  const minText = textCols.reduce((sum, c) => sum + c.min, 0);
  const laneW = Math.min(64, Math.max(34, (tableW - minText) / laneCount));
  const flexible = textCols.filter((c) => c.key !== 'no');
  const flexBase = flexible.reduce((sum, c) => sum + c.base, 0);
  const noW = TEXT_COLUMNS_BEFORE[0]?.base ?? 18;
  const flexW = tableW - laneCount * laneW - noW;
  const widthOf = (c: TextColumn) => (c.key === 'no' ? noW : (c.base / flexBase) * flexW);

  const columns: LaidColumn[] = [];
  let x = g.margin;
  for (const c of TEXT_COLUMNS_BEFORE) {
    columns.push({ key: c.key, x, w: widthOf(c) });
    x += widthOf(c);
  }
  const lanes: LaidLane[] = doc.lanes.map((l, i) => ({
    role: l.role,
    label: l.label,
    x: x + i * laneW,
    w: laneW,
  }));
  columns.push({ key: 'pelaksana', x, w: laneCount * laneW });
  x += laneCount * laneW;
  for (const c of TEXT_COLUMNS_AFTER) {
    columns.push({ key: c.key, x, w: widthOf(c) });
    x += widthOf(c);
  }
  const col = (key: ColumnKey) => columns.find((c) => c.key === key) as LaidColumn;
  const laneIndex = new Map(doc.lanes.map((l, i) => [l.role, i]));

  const text = (
    t: string,
    tx: number,
    ty: number,
    anchor: LaidText['anchor'] = 'start',
    weight: FontWeight = 'normal',
    fontSize = size,
  ): LaidText => ({ x: tx, y: ty, text: t, size: fontSize, weight, anchor });
  /** Lines of a cell, top-aligned (or centred) in a box. */
  const block = (
    lines: readonly string[],
    box: { x: number; y: number; w: number; h?: number },
    opts: { anchor?: LaidText['anchor']; weight?: FontWeight; middle?: boolean } = {},
  ): LaidText[] => {
    const anchor = opts.anchor ?? 'start';
    const tx = anchor === 'middle' ? box.x + box.w / 2 : box.x + PAD;
    const top =
      opts.middle && box.h !== undefined ? box.y + (box.h - lines.length * lh) / 2 : box.y + PAD;
    return lines.map((l, i) => text(l, tx, top + i * lh + lh * 0.78, anchor, opts.weight));
  };
  const wrap = (t: string, w: number, weight: FontWeight = 'normal') =>
    wrapLines(t, w - 2 * PAD, size, weight);

  // Header: row 1 has the group titles, row 2 the lanes and the mutu baku sub-columns.
  const laneLabels = lanes.map((l) => wrap(l.label, l.w, 'bold'));
  const mutuKeys = ['kelengkapan', 'waktu', 'output'] as const;
  const subLines = mutuKeys.map((k) => wrap(TABLE_TITLES[k], col(k).w, 'bold'));
  const h1 = lh + 2 * PAD;
  const h2 =
    Math.max(1, ...laneLabels.map((l) => l.length), ...subLines.map((l) => l.length)) * lh +
    2 * PAD;
  const headerH = h1 + h2;

  // Rows: height from the tallest cell, at least room for a symbol and its tracks.
  const available = g.height - 2 * g.margin - HEADING_H - headerH;
  const maxRowH = available - 2 * STRIP_H;
  const maxLines = Math.floor((maxRowH - 2 * PAD) / lh);
  const rowsText = doc.activities.map((a) => {
    const texts = cellTexts(a);
    const cells = (Object.keys(texts) as (keyof typeof texts)[]).map((k) => {
      let lines = wrap(texts[k], col(k).w);
      if (lines.length > maxLines) {
        lines = lines.slice(0, maxLines);
        let last = lines[maxLines - 1] ?? '';
        while (last && textWidth(`${last}…`, size) > col(k).w - 2 * PAD) last = last.slice(0, -1);
        lines[maxLines - 1] = `${last.trimEnd()}…`;
      }
      return { key: k, lines };
    });
    const h = Math.max(MIN_ROW_H, ...cells.map((c) => c.lines.length * lh + 2 * PAD));
    return { a, cells, h };
  });

  // Page breaks: rows fill a page, leaving room for the connector bands at its top and bottom.
  const flows = doc.activities.flatMap(flowsOf);
  const paginate = (topBandOnFirst: boolean) => {
    const pages: number[][] = [];
    let current: number[] = [];
    let used = topBandOnFirst ? STRIP_H : 0;
    rowsText.forEach((r, i) => {
      if (current.length && used + r.h + STRIP_H > available) {
        pages.push(current);
        current = [];
        used = STRIP_H;
      }
      current.push(i);
      used += r.h;
    });
    if (current.length) pages.push(current);
    return pages;
  };
  const pageOfNo = (pages: number[][], no: number) =>
    pages.findIndex((p) => p.some((i) => rowsText[i]?.a.no === no));
  let pagesRows = paginate(false);
  const needsTopBand = (pages: number[][], p: number) =>
    flows.some((f) => pageOfNo(pages, f.toNo) === p && pageOfNo(pages, f.fromNo) !== p);
  if (needsTopBand(pagesRows, 0)) pagesRows = paginate(true);

  // Off-page connectors are numbered by the step they lead to, in row order.
  const crossing = flows.filter(
    (f) => pageOfNo(pagesRows, f.fromNo) !== pageOfNo(pagesRows, f.toNo),
  );
  const connectorNo = new Map<number, number>();
  for (const no of [...new Set(crossing.map((f) => f.toNo))].sort((p, q) => p - q))
    connectorNo.set(no, connectorNo.size + 1);
  const laneOfNo = (no: number) =>
    laneIndex.get(doc.activities.find((a) => a.no === no)?.role ?? '') ?? 0;

  const pageCount = pagesRows.length;
  const pages: LaidPage[] = pagesRows.map((rowIdx, p) => {
    const tableTop = g.margin + HEADING_H;
    const bodyTop = tableTop + headerH;
    const incoming = crossing.filter((f) => pageOfNo(pagesRows, f.toNo) === p);
    const outgoing = crossing.filter((f) => pageOfNo(pagesRows, f.fromNo) === p);
    const topBand = incoming.length > 0 ? STRIP_H : 0;

    // Vertical slots: -1 = top band, 0..n-1 = rows, n = bottom band.
    const slots: { top: number; h: number }[] = [];
    let y = bodyTop + topBand;
    const rows: LaidRow[] = [];
    const symbols: LaidSymbol[] = [];
    for (const i of rowIdx) {
      const r = rowsText[i];
      /* c8 ignore next */
      if (!r) continue;
      slots.push({ top: y, h: r.h });
      const cells: LaidCell[] = r.cells.map((c) => {
        const column = col(c.key);
        return {
          column: c.key,
          lines: block(
            c.lines,
            { x: column.x, y, w: column.w },
            c.key === 'no' ? { anchor: 'middle' } : {},
          ),
        };
      });
      cells.splice(2, 0, { column: 'pelaksana', lines: [], label: r.a.roleLabel });
      rows.push({ no: r.a.no, stepKey: r.a.stepKey, y, h: r.h, cells });
      const lane = laneIndex.get(r.a.role) ?? 0;
      const l = lanes[lane];
      const kind = symbolKind(r.a.kind);
      const w = Math.min(laneW - 2 * GUTTER, kind === 'decision' ? 34 : 36);
      const h = kind === 'decision' ? 22 : 14;
      const cx = (l?.x ?? 0) + laneW / 2;
      symbols.push({
        stepKey: r.a.stepKey,
        no: r.a.no,
        lane,
        ...symbolOutline(kind, cx, y + r.h / 2, w, h),
      });
      y += r.h;
    }
    const bottomBand = outgoing.length > 0 ? STRIP_H : 0;
    const tableBottom = y + bottomBand;
    const bandTop = { top: bodyTop, h: topBand };
    const bandBottom = { top: y, h: bottomBand };
    const slotBox = (slot: number) => (slot < 0 ? bandTop : (slots[slot] ?? bandBottom));

    // Nodes that arrows join: symbols by row number, connectors by band and target.
    interface Node {
      readonly slot: number;
      readonly lane: number;
      readonly cx: number;
      readonly cy: number;
      readonly top: number;
      readonly bottom: number;
      readonly left: number;
      readonly right: number;
    }
    const nodeOf = (
      s: { x: number; y: number; w: number; h: number; lane: number },
      slot: number,
    ): Node => ({
      slot,
      lane: s.lane,
      cx: s.x + s.w / 2,
      cy: s.y + s.h / 2,
      top: s.y,
      bottom: s.y + s.h,
      left: s.x,
      right: s.x + s.w,
    });
    const symbolNode = new Map(symbols.map((s, i) => [s.no, nodeOf(s, i)]));

    const connectors: LaidConnector[] = [];
    const connectorNode = new Map<string, Node>();
    const placeConnectors = (list: readonly Flow[], direction: 'in' | 'out') => {
      const targets = [...new Set(list.map((f) => f.toNo))].sort((p2, q) => p2 - q);
      const perLane = new Map<number, number[]>();
      for (const t of targets) perLane.set(laneOfNo(t), [...(perLane.get(laneOfNo(t)) ?? []), t]);
      for (const [lane, ts] of perLane) {
        ts.forEach((toNo, k) => {
          const l = lanes[lane];
          const cx = (l?.x ?? 0) + laneW / 2 + (k - (ts.length - 1) / 2) * (CONNECTOR + 3);
          const band = direction === 'in' ? bandTop : bandBottom;
          const cy = band.top + band.h / 2;
          const cxl = cx - CONNECTOR / 2;
          const cyt = cy - CONNECTOR / 2;
          const no = connectorNo.get(toNo) ?? 0;
          const c: LaidConnector = {
            no,
            direction,
            toNo,
            lane,
            x: cxl,
            y: cyt,
            w: CONNECTOR,
            h: CONNECTOR,
            points: offPageConnectorPoints(cx, cyt, CONNECTOR),
            label: text(String(no), cx, cyt + CONNECTOR * 0.5, 'middle', 'bold', 5.5),
          };
          connectors.push(c);
          connectorNode.set(
            `${direction}:${toNo}`,
            nodeOf(c, direction === 'in' ? -1 : slots.length),
          );
        });
      }
    };
    placeConnectors(incoming, 'in');
    placeConnectors(outgoing, 'out');

    // Tracks for vertical runs in a lane's side gutters; arrows to the same target share one.
    const trackIds = new Map<string, number>();
    const track = (lane: number, side: 'left' | 'right', target: string) => {
      const group = `${lane}:${side}`;
      let k = trackIds.get(`${group}:${target}`);
      if (k === undefined) {
        k = [...trackIds.keys()].filter((key) => key.startsWith(`${group}:`)).length;
        trackIds.set(`${group}:${target}`, k);
      }
      const l = lanes[lane];
      const offset = TRACK * (1 + (k % 3));
      return side === 'left' ? (l?.x ?? 0) + offset : (l?.x ?? 0) + laneW - offset;
    };

    // Horizontal runs along the bottom of a source row: one level per way out, so two arrows
    // leaving the same row for different targets never share a run.
    const runLevel = new Map<string, number>();
    const busSide = new Map<string, 'left' | 'right'>();
    const sourceRun = (s: Node, target: string) => {
      const key = `${s.slot}:${target}`;
      let k = runLevel.get(key);
      if (k === undefined) {
        k = [...runLevel.keys()].filter((r) => r.startsWith(`${s.slot}:`)).length;
        runLevel.set(key, k);
      }
      const box = slotBox(s.slot);
      return box.top + box.h - RUN - TRACK * (k % 3);
    };

    /**
     * Orthogonal route from a way out of `s` to the top of `t`. Vertical runs use the lanes' side
     * gutters (never a symbol's column), horizontal runs the margins above and below symbols;
     * arrows into the same target share their last runs, so they join like a bus.
     */
    const route = (s: Node, side: Side, t: Node, target: string): Point[] => {
      const yt = slotBox(t.slot).top + RUN;
      const into: Point[] = [
        [t.cx, yt],
        [t.cx, t.top],
      ];
      const exit: Point =
        side === 'bottom' ? [s.cx, s.bottom] : [side === 'right' ? s.right : s.left, s.cy];
      if (t.slot === s.slot + 1) {
        if (side === 'bottom') return [exit, [s.cx, yt], ...into];
        const gx = track(s.lane, side, target);
        return [exit, [gx, s.cy], [gx, yt], ...into];
      }
      // Target further down or back up: leave along the source row's bottom margin to the
      // target lane's gutter on the side facing the source, then run up or down to the target.
      const facing = busSide.get(target) ?? (s.lane < t.lane ? 'left' : 'right');
      busSide.set(target, facing);
      const gxT = track(t.lane, facing, target);
      const ys = sourceRun(s, target);
      const start: Point[] =
        side === 'bottom'
          ? [exit, [s.cx, ys]]
          : [exit, [track(s.lane, side, target), s.cy], [track(s.lane, side, target), ys]];
      return [...start, [gxT, ys], [gxT, yt], ...into];
    };

    const arrows: LaidArrow[] = [];
    const addArrow = (f: Flow, s: Node, t: Node, fromNo: number, toNo: number, target: string) => {
      const points = simplify(route(s, f.side, t, target));
      const label = f.branch
        ? branchLabel(f.branch === 'yes' ? 'Ya' : 'Tidak', f.side, s)
        : undefined;
      arrows.push({
        fromNo,
        toNo,
        points,
        head: arrowHead(points, HEAD_LEN, HEAD_HALF),
        dashed: f.dashed,
        ...(label ? { label } : {}),
      });
    };
    const branchLabel = (t: string, side: Side, s: Node): LaidText =>
      side === 'bottom'
        ? text(t, s.cx + 2, s.bottom + LABEL_SIZE, 'start', 'normal', LABEL_SIZE)
        : side === 'right'
          ? text(t, s.right + 1.5, s.cy - 2, 'start', 'normal', LABEL_SIZE)
          : text(t, s.left - 1.5, s.cy - 2, 'end', 'normal', LABEL_SIZE);

    for (const f of flows) {
      const s = symbolNode.get(f.fromNo);
      const t = symbolNode.get(f.toNo);
      if (s && t) addArrow(f, s, t, f.fromNo, f.toNo, `row:${f.toNo}`);
      else if (s) {
        const c = connectorNode.get(`out:${f.toNo}`);
        if (c) addArrow(f, s, c, f.fromNo, 0, `out:${f.toNo}`);
      }
    }
    for (const toNo of [...new Set(incoming.map((f) => f.toNo))]) {
      const c = connectorNode.get(`in:${toNo}`);
      const t = symbolNode.get(toNo);
      if (c && t)
        addArrow({ fromNo: 0, toNo, side: 'bottom', dashed: false }, c, t, 0, toNo, `row:${toNo}`);
    }

    // Grid: outer frame, header lines, row lines, column lines (lanes split below row 1).
    const left = g.margin;
    const right = g.margin + tableW;
    const grid: LaidLine[] = [];
    const h = (yy: number, x1 = left, x2 = right) => grid.push({ from: [x1, yy], to: [x2, yy] });
    const v = (xx: number, y1: number, y2: number) => grid.push({ from: [xx, y1], to: [xx, y2] });
    h(tableTop);
    const pel = col('pelaksana');
    const mutuX = col('kelengkapan').x;
    const mutuRight = col('output').x + col('output').w;
    h(tableTop + h1, pel.x, pel.x + pel.w);
    h(tableTop + h1, mutuX, mutuRight);
    h(bodyTop);
    if (topBand) h(bodyTop + topBand);
    for (const s of slots) h(s.top + s.h);
    if (bottomBand) h(tableBottom);
    for (const c of columns)
      v(c.x, c.key === 'waktu' || c.key === 'output' ? tableTop + h1 : tableTop, tableBottom);
    v(right, tableTop, tableBottom);
    for (const l of lanes.slice(1)) v(l.x, tableTop + h1, tableBottom);

    const header: LaidCell[] = [
      {
        column: 'no',
        lines: block(
          [TABLE_TITLES.no],
          { x: col('no').x, y: tableTop, w: col('no').w, h: headerH },
          { anchor: 'middle', weight: 'bold', middle: true },
        ),
      },
      {
        column: 'kegiatan',
        lines: block(
          [TABLE_TITLES.kegiatan],
          { x: col('kegiatan').x, y: tableTop, w: col('kegiatan').w, h: headerH },
          { anchor: 'middle', weight: 'bold', middle: true },
        ),
      },
      {
        column: 'pelaksana',
        lines: [
          ...block(
            [TABLE_TITLES.pelaksana],
            { x: pel.x, y: tableTop, w: pel.w, h: h1 },
            { anchor: 'middle', weight: 'bold', middle: true },
          ),
          ...lanes.flatMap((l, i) =>
            block(
              laneLabels[i] ?? [],
              { x: l.x, y: tableTop + h1, w: l.w, h: h2 },
              { anchor: 'middle', weight: 'bold', middle: true },
            ),
          ),
        ],
      },
      ...mutuKeys.map(
        (k, i): LaidCell => ({
          column: k,
          lines: [
            ...(i === 0
              ? block(
                  [TABLE_TITLES.mutuBaku],
                  { x: mutuX, y: tableTop, w: mutuRight - mutuX, h: h1 },
                  { anchor: 'middle', weight: 'bold', middle: true },
                )
              : []),
            ...block(
              subLines[i] ?? [],
              { x: col(k).x, y: tableTop + h1, w: col(k).w, h: h2 },
              { anchor: 'middle', weight: 'bold', middle: true },
            ),
          ],
        }),
      ),
      {
        column: 'keterangan',
        lines: block(
          [TABLE_TITLES.keterangan],
          { x: col('keterangan').x, y: tableTop, w: col('keterangan').w, h: headerH },
          { anchor: 'middle', weight: 'bold', middle: true },
        ),
      },
    ];

    const heading = [
      text(`${doc.number} · ${doc.name}`, left, g.margin + 9, 'start', 'bold', 8),
      text(`Halaman ${p + 1} dari ${pageCount}`, right, g.margin + 9, 'end', 'normal', 7),
    ];
    return { no: p + 1, heading, header, rows, grid, symbols, connectors, arrows };
  });

  return { geometry: g, columns, lanes, pages };
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last[0] - p[0]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01) continue;
    const prev = out[out.length - 2];
    if (prev && last) {
      const collinear =
        (Math.abs(prev[0] - last[0]) < 0.01 && Math.abs(last[0] - p[0]) < 0.01) ||
        (Math.abs(prev[1] - last[1]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01);
      if (collinear) out.pop();
    }
    out.push(p);
  }
  return out;
}
