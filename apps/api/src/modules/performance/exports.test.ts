import { testDatabaseKinds } from '@blk/db/testing';
import {
  endOfJakartaDay,
  type RequestFilter,
  requestFilterToParams,
  startOfJakartaDay,
} from '@blk/domain';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GqlResponse } from '../../testing/api';
import { downloadFrom } from '../../testing/download';
import { storeApiKey } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';

type ListPage = {
  trainingRequests: {
    edges: { node: { trackingCode: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const WINDOW = 'from=2026-01-01&to=2026-11-29';
const inWindow = {
  submittedAt: { gte: startOfJakartaDay('2026-01-01'), lte: endOfJakartaDay('2026-11-29') },
};

/** Parses `;`-separated CSV with quoted fields (the format the exports write). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/** The rows of one named section of a multi-table CSV, header first. */
function section(rows: string[][], name: string): string[][] {
  const start = rows.findIndex((r) => r.length === 1 && r[0] === name);
  const rest = rows.slice(start + 1);
  const end = rest.findIndex((r) => r.length === 1 && r[0] === '');
  return end === -1 ? rest : rest.slice(0, end);
}

describe.each(testDatabaseKinds())('CSV and XLSX exports on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['kabid', 'petugas'] });
  const apiKey = 'blk_test_exports_key_0123456789ab';

  const download = (path: string, headers?: Record<string, string>) =>
    downloadFrom(api, path, headers);

  beforeAll(async () => {
    await storeApiKey(api, apiKey, ['reports:read', 'requests:read']);
  });

  it('downloads the performance report as Indonesian CSV with the database’s numbers', async () => {
    const res = await download(`/exports/performance.csv?${WINDOW}&period=quarter`, {
      cookie: staff.kabid,
    });
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.disposition).toBe('attachment; filename="kinerja-2026-01-01-2026-11-29.csv"');
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.bytes.toString('utf8').slice(1));
    const summary = section(rows, 'Ringkasan');
    expect(summary[0]).toEqual(['Uraian', 'Nilai']);
    const total = await api.db.prisma.trainingRequest.count({ where: inWindow });
    expect(summary.find((r) => r[0] === 'Permohonan diterima')?.[1]).toBe(String(total));
    const regions = section(rows, 'Permohonan per Wilayah');
    expect(regions[0]).toEqual(['Kode Wilayah', 'Kabupaten/Kota', 'Jumlah Permohonan']);
    expect(regions.slice(1)).toHaveLength(7);
    for (const [code, , count] of regions.slice(1)) {
      expect(Number(count)).toBe(
        await api.db.prisma.trainingRequest.count({
          where: { ...inWindow, regionCode: { startsWith: `${code}.` } },
        }),
      );
    }
    const periods = section(rows, 'SLA per Periode');
    expect(periods.slice(1).every((r) => /^2026-Q\d$/.test(r[0] ?? ''))).toBe(true);
    const share = summary.find((r) => r[0] === 'Kepatuhan SLA (%)')?.[1] ?? '';
    expect(share).toMatch(/^\d+(,\d+)?$/);
  });

  it('downloads the same report as XLSX, one sheet per table', async () => {
    const res = await download(`/exports/performance.xlsx?${WINDOW}`, { cookie: staff.kabid });
    expect(res.status).toBe(200);
    expect(res.type).toContain('spreadsheetml');
    const sheets = await readXlsxFile(res.bytes);
    expect(sheets.map((s) => s.sheet)).toContain('Permohonan per Jenis Pemohon');
    const types = sheets.find((s) => s.sheet === 'Permohonan per Jenis Pemohon')?.data ?? [];
    expect(types[0]).toEqual(['Jenis Pemohon', 'Uraian', 'Jumlah Permohonan']);
    for (const [type, , count] of types.slice(1)) {
      expect(count).toBe(
        await api.db.prisma.trainingRequest.count({
          where: { ...inWindow, requester: { type: type as never } },
        }),
      );
    }
    const surveys = await api.db.prisma.satisfactionSurvey.count({
      where: { submittedAt: inWindow.submittedAt },
    });
    const summary = sheets.find((s) => s.sheet === 'Ringkasan')?.data ?? [];
    expect(summary.find((r) => r[0] === 'Responden SKM')?.[1]).toBe(surveys);
  });

  it('exports the staff request list with the list’s filters', async () => {
    const res = await download('/exports/requests.csv?region=19.04', { cookie: staff.petugas });
    expect(res.status).toBe(200);
    const rows = parseCsv(res.bytes.toString('utf8').slice(1));
    expect(rows[0]?.slice(0, 3)).toEqual([
      'Kode Pelacakan',
      'Tanggal Masuk (WIB)',
      'Jenis Pemohon',
    ]);
    const expected = await api.db.prisma.trainingRequest.findMany({
      where: { regionCode: { startsWith: '19.04' } },
      select: { trackingCode: true },
    });
    expect(
      rows
        .slice(1)
        .map((r) => r[0]?.replace('-', ''))
        .sort(),
    ).toEqual(expected.map((r) => r.trackingCode).sort());

    const now = new Date();
    const overdue = await download('/exports/requests.xlsx?overdue=true', {
      cookie: staff.petugas,
    });
    const [sheet] = await readXlsxFile(overdue.bytes);
    const late = await api.db.prisma.trainingRequest.count({
      where: { closedAt: null, stepDueAt: { lt: now } },
    });
    expect(late).toBeGreaterThan(0);
    expect((sheet?.data.length ?? 0) - 1).toBe(late);
    expect(sheet?.data.slice(1).every((r) => r[11] === 'Ya')).toBe(true);
  });

  it('exports exactly the rows of the list, in its order, for a spread of filters', async () => {
    const program = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { programId: { not: null } },
      select: { programId: true, trackingCode: true },
    });
    const code = program.trackingCode;
    const filters: RequestFilter[] = [
      {},
      { states: ['selesai'] },
      { states: ['diterima', 'persetujuan'] },
      { regionPrefix: '19.04' },
      { regionPrefix: '19' },
      { programId: program.programId ?? undefined },
      { requesterTypes: ['desa'] },
      { submittedFrom: '2026-06-01', submittedTo: '2026-11-29' },
      { submittedTo: '2026-01-31' },
      { overdueOnly: true },
      { search: 'Desa' },
      { search: 'belitung' },
      { search: `${code.slice(0, 5)}-${code.slice(5)}` },
      { search: 'Rizal' },
      { regionPrefix: '19.01', overdueOnly: true, requesterTypes: ['komunitas'] },
    ];
    let nonEmpty = 0;
    for (const filter of filters) {
      const listed: string[] = [];
      let after: string | null = null;
      do {
        const res: GqlResponse<ListPage> = await api.gql<ListPage>(
          `query($filter: TrainingRequestFilter, $after: String) {
            trainingRequests(first: 100, after: $after, filter: $filter) {
              edges { node { trackingCode } }
              pageInfo { hasNextPage endCursor }
            }
          }`,
          { filter, after },
          { cookie: staff.petugas },
        );
        expect(res.errors).toBeUndefined();
        const page: ListPage['trainingRequests'] | undefined = res.data?.trainingRequests;
        listed.push(...(page?.edges.map((e) => e.node.trackingCode) ?? []));
        after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      const res = await download(`/exports/requests.csv${requestFilterToParams(filter)}`, {
        cookie: staff.petugas,
      });
      expect(res.status).toBe(200);
      const exported = parseCsv(res.bytes.toString('utf8').slice(1))
        .slice(1)
        .map((r) => r[0]);
      expect(exported, JSON.stringify(filter)).toEqual(listed);
      if (listed.length) nonEmpty++;
    }
    // The spread means something only if most filters find rows.
    expect(nonEmpty).toBeGreaterThanOrEqual(filters.length - 3);
  });

  it('quotes separators and defuses formulas in CSV cells', async () => {
    const request = await api.db.prisma.trainingRequest.findFirstOrThrow({
      include: { requester: true },
    });
    const name = '=HYPERLINK("x");Desa "Maju; Jaya"';
    await api.db.prisma.requester.update({
      where: { id: request.requesterId },
      data: { organizationName: name },
    });
    const res = await download('/exports/requests.csv?q=Maju', { cookie: staff.petugas });
    const rows = parseCsv(res.bytes.toString('utf8').slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[3]).toBe(`'${name}`);
    expect(rows[1]).toHaveLength(rows[0]?.length ?? 0);
  });

  it('refuses the public, API keys, roles without the capability and bad parameters', async () => {
    expect((await download(`/exports/performance.csv?${WINDOW}`)).status).toBe(401);
    expect(
      (await download(`/exports/performance.csv?${WINDOW}`, { authorization: `Bearer ${apiKey}` }))
        .status,
    ).toBe(403);
    expect(
      (await download(`/exports/performance.csv?${WINDOW}`, { cookie: staff.petugas })).status,
    ).toBe(403);
    expect((await download('/exports/requests.csv')).status).toBe(401);
    const bad = await download('/exports/performance.csv?from=2026-06-01&to=2026-05-01', {
      cookie: staff.kabid,
    });
    expect(bad.status).toBe(400);
    const body = JSON.parse(bad.bytes.toString('utf8'));
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(['to']);
    const badFilter = await download('/exports/requests.csv?program=abc', {
      cookie: staff.petugas,
    });
    expect(badFilter.status).toBe(400);
    expect((await download('/exports/secrets.csv', { cookie: staff.kabid })).status).toBe(404);
  });
});
