/**
 * Where the app is served: `''` at the root of its host (vite preview, its own host name), or a
 * path such as `/admin` when the API serves it next to the public app. Read from the page's
 * `<base href>`, which the API rewrites; the router uses it as its basename.
 */
export function appBasePath(baseUri: string = document.baseURI): string {
  const url = new URL(baseUri);
  return url.protocol.startsWith('http') ? url.pathname.replace(/\/+$/, '') : '';
}

/** An app path (`/login`) as a URL path of this deployment (`/admin/login`). */
export function appHref(path: string): string {
  return `${appBasePath()}${path}`;
}
