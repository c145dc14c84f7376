/**
 * The floor: the same rows as each GraphQL operation, fetched by hand-written SQL through `pg`
 * behind a bare node:http server, serialised as JSON. No auth, no validation, no GraphQL: what
 * the database and Node can do at best. Run as its own process: `tsx floor.ts <dbUrl> <port>`.
 */
import { createServer } from 'node:http';
import { findStep, localize, type SopDefinition } from '@blk/sop';
import pg from 'pg';
import { FLOOR_SQL } from './floor-sql';

const [dbUrl, port] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: dbUrl, max: 10 });
const defs = new Map<string, SopDefinition>();
for (const v of (await pool.query('SELECT id, definition FROM "SopVersion"')).rows)
  defs.set(v.id, v.definition);

const stepName = (versionId: string, state: string) => {
  const def = defs.get(versionId);
  const step = def ? findStep(def, state) : undefined;
  return step ? localize(step.name ?? step.description, 'id') : state;
};
const DAY = 86_400_000;
const sla = (due: Date | null, closed: Date | null) => {
  if (closed) return { status: null, workingDaysLeft: null };
  if (!due) return { status: 'running', workingDaysLeft: null };
  const left = (due.getTime() - Date.now()) / DAY;
  return {
    status: left < 0 ? 'late' : left < 1 ? 'due_soon' : 'running',
    workingDaysLeft: Number(left.toFixed(2)),
  };
};

type Row = Record<string, never>;
const listRows = (rows: Row[]) =>
  rows.slice(0, 100).map((r) => ({
    id: r.id,
    trackingCode: r.trackingCode,
    state: r.state,
    stepName: stepName(r.sopVersionId, r.state),
    stepDueAt: r.stepDueAt,
    submittedAt: r.submittedAt,
    participantsExpected: r.participantsExpected,
    requester: { organizationName: r.organizationName, type: r.type },
    region: { code: r.code, name: r.name },
    kabupaten: r.kcode ? { code: r.kcode, name: r.kname } : null,
    program: r.pid ? { id: r.pid, name: r.pname } : null,
    sla: sla(r.stepDueAt, r.closedAt),
  }));

const handlers: Record<string, (q: URLSearchParams) => Promise<unknown>> = {
  list: async () => listRows((await pool.query(FLOOR_SQL.list)).rows),
  filtered: async (q) =>
    listRows(
      (await pool.query(FLOOR_SQL.filtered, [q.getAll('state'), q.get('region') ?? ''])).rows,
    ),
  search: async (q) => listRows((await pool.query(FLOOR_SQL.search, [q.get('q') ?? ''])).rows),
  myWork: async (q) => {
    const role = q.get('role') ?? '';
    const versions: string[] = [];
    const states = new Set<string>();
    for (const [id, def] of defs) {
      const keys = def.steps.filter((s) => s.role === role && s.kind !== 'end').map((s) => s.key);
      if (keys.length) versions.push(id);
      for (const k of keys) states.add(k);
    }
    const rows = listRows((await pool.query(FLOOR_SQL.myWork, [versions, [...states]])).rows);
    const schedules = await pool.query(
      'SELECT id, "requestId", "cancelledAt" FROM "TrainingSchedule" WHERE "requestId" = ANY($1) ORDER BY "createdAt" DESC',
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => ({
      ...r,
      schedules: schedules.rows.filter((s) => s.requestId === r.id),
    }));
  },
  catalogue: async () =>
    (
      await pool.query(`
        SELECT p.id, p.code, p.name, p.description, p."durationDays", p."durationJp",
               p."classSizeMin", p."classSizeMax", k.code AS kcode, k.name AS kname
        FROM "TrainingProgram" p JOIN "Kejuruan" k ON k.code = p."kejuruanCode"
        WHERE p.active ORDER BY p.name, p.id LIMIT 7`)
    ).rows.slice(0, 6),
  tracking: async (q) => {
    const r = (
      await pool.query(
        `SELECT r.*, q."organizationName", g.name AS "regionName", p.name AS "programName"
         FROM "TrainingRequest" r JOIN "Requester" q ON q.id = r."requesterId"
         JOIN "Region" g ON g.code = r."regionCode"
         LEFT JOIN "TrainingProgram" p ON p.id = r."programId"
         WHERE r."trackingCode" = $1`,
        [q.get('code')],
      )
    ).rows[0];
    if (!r) return null;
    const [events, schedule] = await Promise.all([
      pool.query(
        'SELECT at, "toState", "onTime" FROM "RequestEvent" WHERE "requestId" = $1 AND "isPublic" ORDER BY seq',
        [r.id],
      ),
      pool.query(
        'SELECT "startDate", "endDate", venue FROM "TrainingSchedule" WHERE "requestId" = $1 AND "cancelledAt" IS NULL',
        [r.id],
      ),
    ]);
    return {
      trackingCode: r.trackingCode,
      organizationName: r.organizationName,
      programName: r.programName,
      regionName: r.regionName,
      stepName: stepName(r.sopVersionId, r.state),
      timeline: events.rows.map((e) => ({ ...e, stepName: stepName(r.sopVersionId, e.toState) })),
      schedule: schedule.rows[0] ?? null,
    };
  },
};

if (dbUrl && port) {
  createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    const handler = handlers[url.pathname.slice(1)];
    if (!handler) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = JSON.stringify({ data: await handler(url.searchParams) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  }).listen(Number(port), '127.0.0.1', () => console.log(`floor listening on ${port}`));
}
