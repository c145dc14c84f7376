import type { Database } from '@blk/db';
import { type Response, Router } from 'express';
import { AppError } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { restRoute } from '../../http/rest-errors';
import { staffWith } from '../auth/capabilities';
import { resolveViewer } from '../auth/sessions';
import { visibleSchedules } from '../workflow/access';
import { renderCertificatePdf } from './render-certificate-pdf';
import { renderSopPdf } from './render-sop-pdf';
import { loadRoleDirectory, sopDocument } from './sop-rendering';

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
    restRoute(async (req, res) => {
      const id = /^(.+)\.pdf$/.exec(String(req.params.file))?.[1] ?? '';
      const version = isUuid(id)
        ? await db.prisma.sopVersion.findUnique({ where: { id }, include: { sop: true } })
        : null;
      const viewer = await resolveViewer(req, db);
      if (!version || (version.status !== 'published' && viewer.kind !== 'staff')) {
        // Unpublished versions are internal: to the public they do not exist.
        throw new AppError(
          viewer.kind === 'anonymous' && version ? 'UNAUTHENTICATED' : 'NOT_FOUND',
        );
      }
      const document = sopDocument(
        version.definition,
        await loadRoleDirectory(db.prisma, 'id'),
        'id',
      );
      if (!document) throw new AppError('NOT_FOUND', `SOP version ${id} cannot be rendered`);
      const bytes = await renderSopPdf(document, {
        versionNo: version.versionNo,
        status: version.status,
      });
      sendPdf(res, bytes, `${version.sop.code}-v${version.versionNo}.pdf`);
    }),
  );

  router.get(
    '/documents/certificates/:file',
    restRoute(async (req, res) => {
      const viewer = staffWith(await resolveViewer(req, db), 'viewRequests');
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
        throw new AppError('NOT_FOUND', `no certificate for participant ${id}`);
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
