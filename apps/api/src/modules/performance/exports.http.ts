import type { Database } from '@blk/db';
import {
  parseInput,
  requestFilterFromParams,
  requestFilterSchema,
  toJakartaDate,
} from '@blk/domain';
import { type Response, Router } from 'express';
import { createContext } from '../../graphql/context';
import { AppError, InputValidationError } from '../../graphql/errors';
import { requestLang } from '../../http/graphql';
import { restRoute } from '../../http/rest-errors';
import { staffWith } from '../auth/capabilities';
import { resolveViewer } from '../auth/sessions';
import { computePerformance, performanceQuerySchema } from './compute-performance';
import { requestExportTable } from './export-requests';
import { performanceTables } from './performance-tables';
import { type Table, toCsv, toXlsx } from './tables';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function sendTables(res: Response, tables: Table[], base: string, format: 'csv' | 'xlsx') {
  const fileName = `${base}.${format}`;
  res
    .status(200)
    .setHeader('content-disposition', `attachment; filename="${fileName}"`)
    .setHeader('cache-control', 'private, no-store');
  if (format === 'csv') res.type('text/csv; charset=utf-8').send(toCsv(tables));
  else res.type(XLSX_TYPE).send(await toXlsx(tables));
}

/**
 * Downloads for staff (session only, never API keys: these files leave the system): the
 * performance report and the filtered request list, as CSV or XLSX. Both take the same query
 * parameters as their GraphQL counterparts and are written in Bahasa Indonesia.
 */
export function exportsRouter(db: Database): Router {
  const router = Router();
  router.get(
    '/exports/:file',
    restRoute(async (req, res) => {
      const lang = requestLang(req);
      const match = /^(performance|requests)\.(csv|xlsx)$/.exec(String(req.params.file));
      if (!match) throw new AppError('NOT_FOUND', `no export ${req.params.file}`);
      const [, what, format] = match as unknown as [
        string,
        'performance' | 'requests',
        'csv' | 'xlsx',
      ];
      const capability = what === 'performance' ? 'viewPerformance' : 'viewRequests';
      const viewer = staffWith(await resolveViewer(req, db), capability);
      // Exports are Indonesian documents: headers and labels in Bahasa Indonesia.
      const ctx = createContext(db, { viewer, lang: 'id', requestId: String(req.id) });
      if (what === 'performance') {
        const parsed = parseInput(performanceQuerySchema, { period: 'month', ...req.query }, lang);
        if (!parsed.ok) throw new InputValidationError(parsed.issues);
        const { from, to } = parsed.data;
        const report = await computePerformance(ctx, parsed.data);
        await sendTables(res, performanceTables(report), `kinerja-${from}-${to}`, format);
      } else {
        // The list's filter schema and query-string names (the admin's "export this view").
        const params = new URL(req.originalUrl, 'http://export').searchParams;
        const parsed = parseInput(requestFilterSchema, requestFilterFromParams(params), lang);
        if (!parsed.ok) throw new InputValidationError(parsed.issues);
        const table = await requestExportTable(ctx, parsed.data);
        await sendTables(res, [table], `permohonan-${toJakartaDate(ctx.now())}`, format);
      }
    }),
  );
  return router;
}
