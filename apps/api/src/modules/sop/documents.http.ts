import type { Database } from '@blk/db';
import type { Lang } from '@blk/domain';
import { type ErrorCode, errorMessage } from '@blk/domain';
import { type Request, type RequestHandler, type Response, Router } from 'express';
import { isUuid } from '../../graphql/validate';
import { requestLang } from '../../http/graphql';
import { roleCan } from '../auth/capabilities';
import { resolveViewer } from '../auth/sessions';
import { visibleSchedules } from '../workflow/access';
import { renderCertificatePdf } from './render-certificate-pdf';
import { renderSopPdf } from './render-sop-pdf';
import { loadRoleDirectory, sopDocument } from './sop-rendering';

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INTERNAL: 500,
};

/** An error as JSON, with the same code and localised message as the GraphQL API. */
export function sendError(res: Response, code: ErrorCode, lang: Lang) {
  res.status(STATUS[code] ?? 400).json({ error: { code, message: errorMessage(code, lang) } });
}

/** Runs a route; an unexpected failure is logged and answered as INTERNAL, never with a stack. */
export function route(handle: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      req.log.error({ err: error }, 'unexpected error in a download route');
      if (!res.headersSent) sendError(res, 'INTERNAL', requestLang(req));
    });
  };
}

function sendPdf(res: Response, bytes: Buffer, fileName: string) {
  res
    .status(200)
    .type('application/pdf')
    .setHeader('content-disposition', `inline; filename="${fileName}"`)
    .setHeader('cache-control', 'private, no-store')
    .send(bytes);
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Printable documents: an SOP version (staff; anyone for the version in force) and a
 * participant's certificate (staff only: it shows personal data).
 */
export function documentsRouter(db: Database): Router {
  const router = Router();

  router.get(
    '/documents/sop/:file',
    route(async (req, res) => {
      const lang = requestLang(req);
      const id = /^(.+)\.pdf$/.exec(String(req.params.file))?.[1] ?? '';
      const version = isUuid(id)
        ? await db.prisma.sopVersion.findUnique({ where: { id }, include: { sop: true } })
        : null;
      const viewer = await resolveViewer(req, db);
      if (!version || (version.status !== 'published' && viewer.kind !== 'staff')) {
        // Unpublished versions are internal: to the public they do not exist.
        sendError(
          res,
          viewer.kind === 'anonymous' && version ? 'UNAUTHENTICATED' : 'NOT_FOUND',
          lang,
        );
        return;
      }
      const document = sopDocument(
        version.definition,
        await loadRoleDirectory(db.prisma, 'id'),
        'id',
      );
      if (!document) {
        sendError(res, 'NOT_FOUND', lang);
        return;
      }
      const bytes = await renderSopPdf(document, {
        versionNo: version.versionNo,
        status: version.status,
      });
      sendPdf(res, bytes, `${version.sop.code}-v${version.versionNo}.pdf`);
    }),
  );

  router.get(
    '/documents/certificates/:file',
    route(async (req, res) => {
      const lang = requestLang(req);
      const viewer = await resolveViewer(req, db);
      if (viewer.kind !== 'staff') {
        sendError(res, viewer.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', lang);
        return;
      }
      if (!roleCan(viewer.user.roleKey, 'viewRequests')) {
        sendError(res, 'FORBIDDEN', lang);
        return;
      }
      const id = /^(.+)\.pdf$/.exec(String(req.params.file))?.[1] ?? '';
      // Need-to-know: an instructor gets only the certificates of their own classes.
      const participant = isUuid(id)
        ? await db.prisma.participant.findFirst({
            where: { id, schedule: visibleSchedules({ viewer }) },
            include: {
              schedule: {
                include: {
                  program: { include: { kejuruan: true } },
                  sessions: { select: { jp: true } },
                },
              },
            },
          })
        : null;
      if (!participant?.certificateNo) {
        // No certificate is issued before the training is passed.
        sendError(res, 'NOT_FOUND', lang);
        return;
      }
      const { schedule } = participant;
      const sessionJp = schedule.sessions.reduce((sum, s) => sum + s.jp, 0);
      const bytes = await renderCertificatePdf({
        certificateNo: participant.certificateNo,
        name: participant.name,
        nik: participant.nik,
        programName: schedule.program.name,
        kejuruanName: schedule.program.kejuruan.name,
        startDate: day(schedule.startDate),
        endDate: day(schedule.endDate),
        venue: schedule.venue,
        jp: sessionJp || schedule.program.durationJp,
      });
      sendPdf(res, bytes, `sertifikat-${participant.certificateNo.replace(/[^\w.-]+/g, '-')}.pdf`);
    }),
  );

  return router;
}
