import { formatAccessToken, formatDateTime, type Lang } from '@blk/domain';
import type { Receipt } from './receipt';

/** The receipt's lines, label and value, as the image shows them. */
export interface ReceiptText {
  title: string;
  service: string;
  office: string;
  rows: [label: string, value: string, big?: boolean][];
}

/** What goes on the receipt image, in the reader's language (pure, for tests). */
export function receiptText(
  receipt: Receipt,
  lang: Lang,
  labels: {
    receipt: string;
    code: string;
    token: string;
    organization: string;
    program: string;
    location: string;
    submittedAt: string;
    firstDeadline: string;
    service: string;
    office: string;
  },
): ReceiptText {
  const rows: ReceiptText['rows'] = [
    [labels.code, receipt.trackingCode, true],
    [labels.token, formatAccessToken(receipt.accessToken), true],
    [labels.organization, receipt.organizationName],
  ];
  if (receipt.programLabel) rows.push([labels.program, receipt.programLabel]);
  if (receipt.regionLabel) rows.push([labels.location, receipt.regionLabel]);
  rows.push([labels.submittedAt, formatDateTime(receipt.submittedAt, lang)]);
  if (receipt.firstDeadline)
    rows.push([labels.firstDeadline, formatDateTime(receipt.firstDeadline, lang)]);
  return { title: labels.receipt, service: labels.service, office: labels.office, rows };
}

/** Breaks text into lines no wider than `width` on the canvas. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws the receipt on a canvas and saves it as a PNG (a few tens of KB): a phone keeps it in
 * its gallery, where it is found again without signal. A canvas and the browser's download, no
 * PDF library on the phone; "Cetak" (print stylesheet) gives a PDF where the phone can print.
 */
export async function downloadReceiptImage(text: ReceiptText, fileName: string): Promise<void> {
  const width = 1080;
  const pad = 64;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  const font = (size: number, weight = 400, mono = false) =>
    `${weight} ${size}px ${mono ? 'ui-monospace, "DejaVu Sans Mono", monospace' : 'system-ui, sans-serif'}`;
  // Lay out once to measure the height, then draw.
  const layout = (draw: boolean) => {
    let y = pad;
    const put = (s: string, size: number, weight = 400, color = '#1a1a1a', mono = false) => {
      ctx.font = font(size, weight, mono);
      for (const line of wrap(ctx, s, width - 2 * pad)) {
        y += size * 1.35;
        if (draw) {
          ctx.fillStyle = color;
          ctx.fillText(line, pad, y);
        }
      }
    };
    if (draw) {
      ctx.fillStyle = '#0b5394';
      ctx.fillRect(0, 0, width, 16);
    }
    put(text.service, 34, 700, '#0b5394');
    put(text.title, 48, 700);
    y += 16;
    for (const [label, value, big] of text.rows) {
      y += 12;
      put(label, 28, 400, '#4a5260');
      put(value, big ? 52 : 32, big ? 700 : 400, '#1a1a1a', big === true);
    }
    y += 24;
    put(text.office, 24, 400, '#4a5260');
    return y + pad;
  };
  canvas.width = width;
  canvas.height = 2000;
  canvas.height = Math.ceil(layout(false));
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, canvas.height);
  ctx.textBaseline = 'alphabetic';
  layout(true);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/png'),
  );
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
