import { inflateSync } from 'node:zlib';

/**
 * The text shown by a PDF's content streams, one line per text operator: enough for tests to
 * check what a generated document says. Handles Flate-compressed streams and the hex and literal
 * strings that pdfkit writes for its standard fonts (WinAnsi, read as Latin-1).
 */
export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const lines: string[] = [];
  const streams = /<<([\s\S]*?)>>\s*stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
    const body = Buffer.from(m[2] ?? '', 'latin1');
    let content: string;
    try {
      content = (/FlateDecode/.test(m[1] ?? '') ? inflateSync(body) : body).toString('latin1');
    } catch {
      continue; // images and fonts are not text
    }
    lines.push(...contentTextLines(content));
  }
  return lines.join('\n');
}

/** The text lines one decoded content stream shows, one per text operator. */
export function contentTextLines(content: string): string[] {
  const lines: string[] = [];
  const ops = /(\[(?:[^\]\\]|\\.)*\]\s*TJ|(?:<[0-9a-fA-F]*>|\((?:[^)\\]|\\.)*\))\s*Tj)/g;
  for (let op = ops.exec(content); op; op = ops.exec(content)) {
    const pieces = (op[1] ?? '').match(/<[0-9a-fA-F]*>|\((?:[^)\\]|\\.)*\)/g) ?? [];
    lines.push(
      pieces
        .map((p) =>
          p.startsWith('<')
            ? Buffer.from(p.slice(1, -1), 'hex').toString('latin1')
            : p.slice(1, -1).replace(/\\([()\\])/g, '$1'),
        )
        .join(''),
    );
  }
  return lines;
}

/** One page's content stream, decoded, in page order (pdfkit writes no other streams for text). */
export function pdfContentStreams(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  const streams = /<<([\s\S]*?)>>\s*stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
    const body = Buffer.from(m[2] ?? '', 'latin1');
    try {
      out.push((/FlateDecode/.test(m[1] ?? '') ? inflateSync(body) : body).toString('latin1'));
    } catch {
      // not a content stream
    }
  }
  return out;
}

/** A painted path of a content stream: its points (curves by their end and control points). */
export interface PdfPath {
  readonly points: readonly (readonly [number, number])[];
  readonly closed: boolean;
  readonly curved: boolean;
  /** The painting operator: S (stroke), f (fill), B (fill and stroke), ... */
  readonly paint: string;
  readonly dashed: boolean;
}

/**
 * The vector paths a content stream paints, in user space after the page's initial flip (pdfkit
 * draws with the origin at the top left, like the layout). Enough to count and place shapes.
 */
export function pdfPaths(content: string): PdfPath[] {
  const tokens =
    content.match(/\[[^\]]*\]|\/[^\s/[\]()<>]+|\([^)]*\)|<[0-9a-fA-F]*>|[^\s[\]]+/g) ?? [];
  const paths: PdfPath[] = [];
  const stack: string[] = [];
  let points: [number, number][] = [];
  let closed = false;
  let curved = false;
  let dashed = false;
  const num = (i: number) => Number(stack[stack.length - i]);
  for (const tok of tokens) {
    switch (tok) {
      case 'm':
        points = [[num(2), num(1)]];
        closed = false;
        curved = false;
        break;
      case 'l':
        points.push([num(2), num(1)]);
        break;
      case 'c':
        curved = true;
        for (let k = 6; k >= 2; k -= 2) points.push([num(k), num(k - 1)]);
        break;
      case 're': {
        const [x, y, w, h] = [num(4), num(3), num(2), num(1)];
        points = [
          [x, y],
          [x + w, y],
          [x + w, y + h],
          [x, y + h],
        ];
        closed = true;
        curved = false;
        break;
      }
      case 'h':
        closed = true;
        break;
      case 'd':
        dashed = !/^\[\s*\]$/.test(stack[stack.length - 2] ?? '[]');
        break;
      case 'S':
      case 's':
      case 'f':
      case 'F':
      case 'B':
      case 'b':
        if (points.length) paths.push({ points, closed, curved, paint: tok, dashed });
        points = [];
        break;
      case 'n':
        points = [];
        break;
      default:
        stack.push(tok);
        continue;
    }
    stack.length = 0;
  }
  return paths;
}
