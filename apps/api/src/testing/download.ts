/**
 * A file the API serves at `path` (an export, a report, a printable document) as a browser
 * downloads it: the status, the content type and disposition, and the bytes.
 */
export async function downloadFrom(
  api: { url: string },
  path: string,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${api.url}${path}`, { headers });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}
