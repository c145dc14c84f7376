/**
 * Build-time rendering (issue 16) with the app's own components: the header, the navigation,
 * each page's text and the shells of the catalogue, the service standard and the request form.
 * A phone on a weak link paints these from HTML and CSS alone, and start.tsx hydrates them. Pages
 * whose content is data render their loading state, exactly as the client's first render does.
 * Loaded by vite.config.ts through Vite's SSR loader; never part of the browser bundle.
 */
import { prerender } from 'react-dom/static';
import { Router } from 'wouter';
import { App } from './app';

/** The app's markup at `path` (or the frame alone) in Bahasa Indonesia, lazy pages loaded. */
export async function renderPage(path: string | null): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <Router ssrPath={path ?? '/'}>
      <App lang="id" shell={path === null} />
    </Router>,
    { onError: (error) => void errors.push(error) },
  );
  // A page that throws on the server would be sent as an empty client-rendered boundary: fail
  // the build instead, so the mistake is seen where it is made.
  if (errors.length > 0) throw errors[0];
  return new Response(prelude).text();
}
