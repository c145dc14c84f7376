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
  }
  return lines.join('\n');
}
