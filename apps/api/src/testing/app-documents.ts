import { fileURLToPath } from 'node:url';
import { type DocumentNode, print } from 'graphql';

const APPS = fileURLToPath(new URL('../../../', import.meta.url));

/** Loads one exported document from an app's source (vitest transpiles the TSX). */
async function documentOf(file: string, name: string): Promise<string> {
  // A computed path, so the API's typecheck does not compile the apps' React code.
  const module = (await import(/* @vite-ignore */ `${APPS}${file}`)) as Record<string, unknown>;
  const document = module[name];
  if (!document) throw new Error(`${file} exports no ${name}`);
  return print(document as DocumentNode);
}

/**
 * The documents the apps send for their lists, as the apps define them (not re-typed), so a test
 * of what they cost follows every change to the screens. The bench uses the same ones.
 */
export async function appListDocuments() {
  return {
    requests: await documentOf('admin/src/features/requests/request-columns.tsx', 'RequestsQuery'),
    myWork: await documentOf('admin/src/features/my-work/my-work-page.tsx', 'MyWorkQuery'),
    programs: await documentOf('public/src/pages/programs.tsx', 'ProgramsQuery'),
    track: await documentOf('public/src/pages/track.tsx', 'TrackQuery'),
  };
}
