import type { Database } from '@blk/db';
import {
  errorMessage,
  type LocalizedIssue,
  parseInput,
  requestFilterFromParams,
  requestFilterSchema,
  toJakartaDate,
} from '@blk/domain';
import { type Response, Router } from 'express';
import { createContext } from '../../graphql/context';
import { requestLang } from '../../http/graphql';
import { roleCan } from '../auth/capabilities';
import { resolveViewer } from '../auth/sessions';
import { route, sendError } from '../sop/documents.http';
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
    route(async (req, res) => {
      const lang = requestLang(req);
      const match = /^(performance|requests)\.(csv|xlsx)$/.exec(String(req.params.file));
      if (!match) {
        sendError(res, 'NOT_FOUND', lang);
        return;
      }
      const [, what, format] = match as unknown as [
        string,
        'performance' | 'requests',
        'csv' | 'xlsx',
      ];
      const viewer = await resolveViewer(req, db);
      if (viewer.kind !== 'staff') {
        sendError(res, viewer.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', lang);
        return;
      }
      const capability = what === 'performance' ? 'viewPerformance' : 'viewRequests';
      if (!roleCan(viewer.user.roleKey, capability)) {
        sendError(res, 'FORBIDDEN', lang);
        return;
      }
      // Exports are Indonesian documents: headers and labels in Bahasa Indonesia.
      const ctx = createContext(db, { viewer, lang: 'id', requestId: String(req.id) });
      const invalid = (issues: LocalizedIssue[]) => {
        res.status(400).json({
          error: {
            code: 'VALIDATION_FAILED',
            message: errorMessage('VALIDATION_FAILED', lang),
            issues,
          },
        });
      };
      if (what === 'performance') {
        const parsed = parseInput(performanceQuerySchema, { period: 'month', ...req.query }, lang);
        if (!parsed.ok) return invalid(parsed.issues);
        const { from, to } = parsed.data;
        const report = await computePerformance(ctx, parsed.data);
        await sendTables(res, performanceTables(report), `kinerja-${from}-${to}`, format);
      } else {
        // The list's filter schema and query-string names (the admin's "export this view").
        const params = new URL(req.originalUrl, 'http://export').searchParams;
        const parsed = parseInput(requestFilterSchema, requestFilterFromParams(params), lang);
        if (!parsed.ok) return invalid(parsed.issues);
        const table = await requestExportTable(ctx, parsed.data);
        await sendTables(res, [table], `permohonan-${toJakartaDate(ctx.now())}`, format);
      }
    }),
  );
  return router;
}
