import fs from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '../generated/prisma/client';
import type { HolidayKind, RegionLevel } from '../generated/prisma/enums';
import { DB_PACKAGE_DIR } from '../paths';

const DATA_DIR = path.join(DB_PACKAGE_DIR, 'data');

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;
}

interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
  parent?: string;
}

/** The region list of the province, from `data/wilayah-19.json`. */
export function loadRegionRecords(): RegionRecord[] {
  return readJson<{ regions: RegionRecord[] }>('wilayah-19.json').regions;
}

/** The island of each kabupaten/kota, from `data/islands-19.json`. */
export function loadIslands(): Record<string, string> {
  return readJson<{ islands: Record<string, string> }>('islands-19.json').islands;
}

/** The holiday list, from `data/holidays-id.json`. */
export function loadHolidayRecords(): {
  date: string;
  name: string;
  kind: HolidayKind;
  basis?: string;
}[] {
  return readJson<{ days: { date: string; name: string; kind: HolidayKind; basis?: string }[] }>(
    'holidays-id.json',
  ).days;
}

/** Seeding writes many rows per transaction; give it room on a loaded machine. */
export const SEED_TRANSACTION = { timeout: 120_000, maxWait: 60_000 } as const;

/** Loads regions (with the island of each kabupaten/kota) and holidays; safe to run again. */
export async function seedRegionsAndHolidays(
  prisma: PrismaClient,
): Promise<{ regions: number; holidays: number }> {
  const islands = loadIslands();
  const regions = loadRegionRecords();
  // Parents come first in the file, so inserting in order satisfies the self-reference. A few
  // hundred rows in one transaction: on a busy 2-core machine that outlasts Prisma's default 5 s.
  await prisma.$transaction(async (tx) => {
    for (const r of regions) {
      const data = {
        name: r.name,
        level: r.level,
        parentCode: r.parent ?? null,
        island: islands[r.code] ?? null,
      };
      await tx.region.upsert({
        where: { code: r.code },
        create: { code: r.code, ...data },
        update: data,
      });
    }
  }, SEED_TRANSACTION);
  const holidays = loadHolidayRecords();
  await prisma.$transaction(async (tx) => {
    for (const h of holidays) {
      const data = { name: h.name, kind: h.kind, basis: h.basis ?? null };
      const date = new Date(`${h.date}T00:00:00Z`);
      await tx.holiday.upsert({ where: { date }, create: { date, ...data }, update: data });
    }
  }, SEED_TRANSACTION);
  return { regions: regions.length, holidays: holidays.length };
}
