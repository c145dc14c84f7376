/**
 * Pages built as HTML at build time (issue 16), shared by the build (vite.config.ts), the
 * renderer (src/prerender.tsx) and the app's start (src/start.tsx). `/` is index.html, any other
 * path `/x` is x.html, and every path without one gets shell.html: the frame without content.
 * The servers (vite preview, the API's static-apps.ts, the service worker) need no list: they
 * serve `<path>.html` where the build wrote one.
 */
export const PRERENDERED_PATHS = ['/', '/program', '/standar-pelayanan', '/ajukan'] as const;

/** The file of the page built for every other path. */
export const SHELL_FILE = 'shell.html';

/** Marks the root element of a prerendered page with its path; the shell has none. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** Where the build writes a path's page. */
export function prerenderedFile(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}
