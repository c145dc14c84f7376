/**
 * Makes a photo of a letter small enough for a weak link, on the phone, before upload: scaled so
 * its long edge is at most 1600 px (an A4 page at about 190 dpi: small print stays legible) and
 * re-encoded as JPEG, stepping the quality down, then the size, until it is about 300 KB.
 *
 * A canvas routine of a few dozen lines rather than browser-image-compression: that library is
 * about ten times the size, and by default loads its worker script from a CDN, which the app's
 * Content-Security-Policy forbids and which is not there without signal. Loaded only when a photo
 * is chosen, so it costs the form's first load nothing.
 */
export const TARGET_BYTES = 300 * 1024;
export const MAX_EDGE = 1600;
/** Below this the text of a letter blurs; the file is then sent as small as it got. */
const MIN_EDGE = 1000;
const QUALITIES = [0.82, 0.72, 0.62, 0.52] as const;

/** Width and height scaled down (never up) so the longer side is at most `maxEdge`. */
export function fitWithin(width: number, height: number, maxEdge: number) {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** The photo's name with a .jpg ending, as it is re-encoded. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^.]*$/, '') || 'surat';
  return `${base}.jpg`;
}

export interface Compressed {
  blob: Blob;
  fileName: string;
  type: string;
  width: number;
  height: number;
}

async function decode(file: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === 'function') {
    // 'from-image' turns a phone photo upright by its EXIF orientation.
    return createImageBitmap(file, { imageOrientation: 'from-image' });
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function encode(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('encode failed'))),
      'image/jpeg',
      quality,
    ),
  );
}

/**
 * The photo made small, or the file unchanged when it already is a JPEG within the target and
 * the size limit. Throws when the browser cannot read the image (a damaged file): the caller
 * then sends the original as it is and lets the server judge it.
 */
export async function compressPhoto(file: File): Promise<Compressed | null> {
  const image = await decode(file);
  const source = {
    width: 'naturalWidth' in image ? image.naturalWidth : image.width,
    height: 'naturalHeight' in image ? image.naturalHeight : image.height,
  };
  if (
    file.type === 'image/jpeg' &&
    file.size <= TARGET_BYTES &&
    Math.max(source.width, source.height) <= MAX_EDGE
  ) {
    if ('close' in image) image.close();
    return null;
  }
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  let edge = MAX_EDGE;
  let best: Compressed | null = null;
  try {
    for (;;) {
      const size = fitWithin(source.width, source.height, edge);
      canvas.width = size.width;
      canvas.height = size.height;
      // White under a transparent PNG, as on paper.
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, size.width, size.height);
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(image, 0, 0, size.width, size.height);
      for (const quality of QUALITIES) {
        const blob = await encode(canvas, quality);
        if (!best || blob.size < best.blob.size)
          best = { blob, fileName: jpegName(file.name), type: 'image/jpeg', ...size };
        if (blob.size <= TARGET_BYTES) return best;
      }
      if (edge <= MIN_EDGE) return best;
      edge = Math.max(MIN_EDGE, Math.round(edge * 0.8));
    }
  } finally {
    if ('close' in image) image.close();
    canvas.width = 0;
    canvas.height = 0;
  }
}
