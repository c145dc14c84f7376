import { z } from 'zod';
import type { Localized } from './i18n';
import { isMessageKey, type MessageKey } from './messages';
import { safeString } from './text';

/** Kemendagri region code of Kepulauan Bangka Belitung. */
export const PROVINCE_CODE = '19';

/** Administrative levels of a Kemendagri region record. */
export const REGION_LEVELS = [
  'provinsi',
  'kabupaten',
  'kota',
  'kecamatan',
  'desa',
  'kelurahan',
] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** The level a dotted Kemendagri code implies, or null when the code is malformed. */
export function regionLevelOf(code: string): RegionLevel | null {
  const parts = code.split('.');
  if (!parts.every((p) => /^\d+$/.test(p))) return null;
  switch (parts.length) {
    case 1:
      return parts[0]?.length === 2 ? 'provinsi' : null;
    case 2:
      if (parts[1]?.length !== 2) return null;
      return Number(parts[1]) >= 71 ? 'kota' : 'kabupaten';
    case 3:
      return parts[2]?.length === 2 ? 'kecamatan' : null;
    case 4:
      if (parts[3]?.length !== 4) return null;
      return parts[3].startsWith('1') ? 'kelurahan' : 'desa';
    default:
      return null;
  }
}

/** Levels a training location may have: a village (desa) or urban village (kelurahan). */
export const VILLAGE_LEVELS: readonly RegionLevel[] = ['desa', 'kelurahan'];

/** The parent code implied by a dotted code ('19.01.01' → '19.01'), or null for a province. */
export function parentCodeOf(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

/** The kabupaten/kota part of a code below province level ('19.01.01.2001' → '19.01'). */
export function kabupatenCodeOf(code: string): string | null {
  const parts = code.split('.');
  return parts.length < 2 ? null : `${parts[0]}.${parts[1]}`;
}

/** One record of the region data file (`data/wilayah-19.json`, field `regions`). */
export const regionRecordSchema = z
  .strictObject({
    code: safeString().trim().max(13),
    name: safeString().trim().min(1).max(100),
    level: z.enum(REGION_LEVELS),
    parent: safeString().trim().max(13).optional(),
  })
  .superRefine((r, ctx) => {
    const level = regionLevelOf(r.code);
    if (level === null) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'region.invalid_code' });
    } else if (level !== r.level) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'region.level_mismatch' });
    }
    if ((r.parent ?? null) !== parentCodeOf(r.code)) {
      ctx.addIssue({ code: 'custom', path: ['parent'], message: 'region.parent_mismatch' });
    }
  });
export type RegionRecord = z.output<typeof regionRecordSchema>;

/** The region data file: its source attribution and the records, parents first. */
export const regionFileSchema = z.object({
  source: safeString(),
  decree: safeString(),
  regions: z.array(regionRecordSchema),
});

export interface RegionNode {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly children: readonly RegionNode[];
}

/** Regions as a tree (province → kabupaten/kota → kecamatan → desa/kelurahan) plus a code index. */
export interface RegionTree {
  readonly roots: readonly RegionNode[];
  readonly byCode: ReadonlyMap<string, RegionNode>;
}

export type RegionTreeResult =
  | { readonly ok: true; readonly tree: RegionTree }
  | {
      readonly ok: false;
      readonly issues: readonly { index: number; code: string; error: MessageKey }[];
    };

function recordError(record: RegionRecord, seen: ReadonlyMap<string, unknown>): MessageKey | null {
  const checked = regionRecordSchema.safeParse(record);
  if (!checked.success) {
    const first = checked.error.issues[0]?.message ?? '';
    return isMessageKey(first) ? first : 'region.invalid_record';
  }
  if (seen.has(record.code)) return 'region.duplicate';
  if (record.parent !== undefined && !seen.has(record.parent)) return 'region.parent_missing';
  return null;
}

/**
 * Checks a whole region list (each record valid, no duplicate codes, every parent listed before
 * its children) and builds the lookup tree.
 */
export function buildRegionTree(records: readonly RegionRecord[]): RegionTreeResult {
  const byCode = new Map<string, RegionNode & { children: RegionNode[] }>();
  const roots: RegionNode[] = [];
  const issues: { index: number; code: string; error: MessageKey }[] = [];
  records.forEach((record, index) => {
    const error = recordError(record, byCode);
    if (error) {
      issues.push({ index, code: record.code, error });
      return;
    }
    const node = { code: record.code, name: record.name, level: record.level, children: [] };
    byCode.set(record.code, node);
    const parent = record.parent === undefined ? undefined : byCode.get(record.parent);
    (parent ? parent.children : roots).push(node);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, tree: { roots, byCode } };
}

/** Why a code cannot be a training location, or null when it is a desa/kelurahan of province 19. */
export function villageCodeError(code: string): MessageKey | null {
  const level = regionLevelOf(code);
  if (level === null) return 'region.invalid_code';
  if (!code.startsWith(`${PROVINCE_CODE}.`)) return 'region.outside_province';
  return VILLAGE_LEVELS.includes(level) ? null : 'region.not_village';
}

/** A desa/kelurahan code of Kepulauan Bangka Belitung (where a training takes place). */
export const villageCodeSchema = safeString()
  .trim()
  .max(13)
  .superRefine((code, ctx) => {
    const message = villageCodeError(code);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

/**
 * The main islands of the province. Which kabupaten lies on which island is data (from the
 * database); instructors cannot hop between islands from one day to the next.
 */
export const ISLANDS = ['bangka', 'belitung'] as const;
export type Island = (typeof ISLANDS)[number];
export const ISLAND_LABELS = {
  bangka: { id: 'Pulau Bangka', en: 'Bangka Island' },
  belitung: { id: 'Pulau Belitung', en: 'Belitung Island' },
} as const satisfies Record<Island, Localized>;

/** Island of each kabupaten/kota code ('19.02' → 'belitung'), loaded from data. */
export type KabupatenIslands = ReadonlyMap<string, Island>;

/** The island of any region code below province level, or null when the data does not say. */
export function islandOf(islands: KabupatenIslands, code: string): Island | null {
  const kabupaten = kabupatenCodeOf(code);
  return kabupaten === null ? null : (islands.get(kabupaten) ?? null);
}
