import type { PrismaClient } from '@blk/db';
import { type Lang, type MessageKey, message } from '@blk/domain';
import {
  diffSopVersions,
  renderSopDocument,
  renderSopFlowchart,
  type SopDefinition,
  type SopDiff,
  type SopDocument,
  type SopProblem,
  sopDefinitionSchema,
  validateSopDefinition,
} from '@blk/sop';

/** Staff role keys (for validation) and their display names (for documents), from the Role table. */
export interface RoleDirectory {
  readonly keys: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
}

/** Loads the roles; labels follow the reader's language, falling back to the Indonesian name. */
export async function loadRoleDirectory(
  prisma: Pick<PrismaClient, 'role'>,
  lang: Lang,
): Promise<RoleDirectory> {
  const roles = await prisma.role.findMany({ orderBy: { key: 'asc' } });
  return {
    keys: roles.map((r) => r.key),
    labels: Object.fromEntries(
      roles.map((r) => [r.key, lang === 'en' ? (r.nameEn ?? r.name) : r.name]),
    ),
  };
}

/** A problem of an SOP definition as the editor shows it. */
export interface LocalizedSopProblem {
  readonly code: string;
  /** Dotted path into the definition, e.g. `steps.3.role`. */
  readonly path: string;
  readonly message: string;
}

/** Problems in the reader's language; the catalog key is the problem code in lower case. */
export function localizeSopProblems(
  problems: readonly SopProblem[],
  lang: Lang,
): LocalizedSopProblem[] {
  return problems.map((p) => ({
    code: p.code,
    path: p.path.join('.'),
    message: message(`sop.${p.code.toLowerCase()}` as MessageKey, lang, {
      ...p.params,
    }),
  }));
}

/** Checks a definition against the schema, the graph rules and the roles in the database. */
export function sopProblems(definition: unknown, roles: RoleDirectory, lang: Lang) {
  return localizeSopProblems(validateSopDefinition(definition, roles.keys), lang);
}

/** The definition when it has the SOP format (a draft may not yet), for rendering. */
export function parseSopDefinition(definition: unknown): SopDefinition | null {
  const parsed = sopDefinitionSchema.safeParse(definition);
  return parsed.success ? parsed.data : null;
}

/** The SOP document (identity block + activity table) with role names from the database. */
export function sopDocument(
  definition: unknown,
  roles: RoleDirectory,
  lang: Lang,
): SopDocument | null {
  const def = parseSopDefinition(definition);
  return def ? renderSopDocument(def, { roleLabels: roles.labels, locale: lang }) : null;
}

/** The swimlane flowchart as SVG, with role names from the database. */
export function sopFlowchart(definition: unknown, roles: RoleDirectory, lang: Lang): string | null {
  const def = parseSopDefinition(definition);
  return def ? renderSopFlowchart(def, { roleLabels: roles.labels, locale: lang }) : null;
}

/** What changes from the version in force to this one; null when either cannot be read. */
export function sopDiff(current: unknown, next: unknown): SopDiff | null {
  const a = parseSopDefinition(current);
  const b = parseSopDefinition(next);
  return a && b ? diffSopVersions(a, b) : null;
}
