import {
  formatTrackingCode,
  REQUESTER_TYPE_LABELS,
  type RequestFilter,
  toJakartaDate,
} from '@blk/domain';
import { findStep, stepTitle } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { policyAllows } from '../auth/policy';
import { visibleRequests } from '../workflow/access';
import { REQUEST_ORDERS, requestWhere } from '../workflow/request-filters';
import { sopDefinitionOf } from '../workflow/sop-definitions';
import type { Table } from './tables';

/** Most rows one download holds; narrower filters get the rest. */
export const EXPORT_ROW_LIMIT = 10_000;

const wib = (d: Date | null) =>
  d
    ? `${toJakartaDate(d)} ${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(11, 16)}`
    : null;

/**
 * The filtered staff request list as one table, newest first, headed in Bahasa Indonesia. It
 * follows the access policy like the list on screen: an instructor gets only the requests of
 * their own classes, and the contact person only for roles that see it.
 */
export async function requestExportTable(ctx: Context, filter: RequestFilter): Promise<Table> {
  const now = ctx.now();
  const showContact = policyAllows(ctx.viewer, 'Requester.contactName');
  const requests = await ctx.prisma.trainingRequest.findMany({
    // The list's own condition and order (workflow/request-filters.ts): the same rows.
    where: { AND: [await requestWhere(ctx, filter), visibleRequests(ctx)] },
    orderBy: [...REQUEST_ORDERS.SUBMITTED_NEWEST],
    take: EXPORT_ROW_LIMIT,
    include: {
      requester: { select: { type: true, organizationName: true, contactName: true } },
      program: { select: { name: true } },
      region: {
        select: { name: true, parent: { select: { parent: { select: { name: true } } } } },
      },
    },
  });
  const definitions = new Map(
    await Promise.all(
      [...new Set(requests.map((r) => r.sopVersionId))].map(
        async (id) => [id, await sopDefinitionOf(ctx, id)] as const,
      ),
    ),
  );
  return {
    name: 'Permohonan',
    headers: [
      'Kode Pelacakan',
      'Tanggal Masuk (WIB)',
      'Jenis Pemohon',
      'Nama Pemohon',
      'Narahubung',
      'Kabupaten/Kota',
      'Desa/Kelurahan',
      'Program',
      'Jumlah Peserta',
      'Tahap',
      'Batas Waktu Tahap (WIB)',
      'Terlambat',
      'Selesai (WIB)',
    ],
    rows: requests.map((r) => {
      const def = definitions.get(r.sopVersionId);
      const step = def ? findStep(def, r.state) : undefined;
      const overdue = !r.closedAt && r.stepDueAt !== null && r.stepDueAt < now;
      return [
        formatTrackingCode(r.trackingCode),
        wib(r.submittedAt),
        REQUESTER_TYPE_LABELS[r.requester.type].id,
        r.requester.organizationName,
        showContact ? r.requester.contactName : null,
        r.region.parent?.parent?.name ?? null,
        r.region.name,
        r.program?.name ?? r.needDescription,
        r.participantsExpected,
        step ? stepTitle(step) : r.state,
        wib(r.stepDueAt),
        overdue ? 'Ya' : 'Tidak',
        wib(r.closedAt),
      ];
    }),
  };
}
