import type { Prisma } from '@blk/db';
import {
  endOfJakartaDay,
  formatTrackingCode,
  isoDateSchema,
  optional,
  REQUESTER_TYPE_LABELS,
  REQUESTER_TYPES,
  startOfJakartaDay,
  toJakartaDate,
} from '@blk/domain';
import { findStep, localize, type SopDefinition } from '@blk/sop';
import { z } from 'zod';
import type { Context } from '../../graphql/context';
import { policyAllows } from '../auth/policy';
import { visibleRequests } from '../workflow/access';
import type { Table } from './tables';

/** Most rows one download holds; narrower filters get the rest. */
export const EXPORT_ROW_LIMIT = 10_000;

const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * Filters of the staff request list, with the names the `trainingRequests` query uses. Query
 * strings carry only text, so `overdue` is "true" or "false".
 */
export const requestExportFilterSchema = z
  .strictObject({
    state: optional(z.string().trim().max(64)),
    regionPrefix: optional(
      z
        .string()
        .trim()
        .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'region.invalid_code'),
    ),
    programId: optional(z.uuid({ error: 'common.invalid_id' })),
    requesterType: optional(z.enum(REQUESTER_TYPES)),
    from: optional(isoDateSchema),
    to: optional(isoDateSchema),
    overdue: optional(booleanParam),
    q: optional(z.string().trim().max(100)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'date.end_before_start',
    path: ['to'],
  });
export type RequestExportFilter = z.output<typeof requestExportFilterSchema>;

/** The Prisma filter for the list filters; `q` searches contact names only when `searchContact`. */
export function requestWhere(
  f: RequestExportFilter,
  now: Date,
  searchContact = true,
): Prisma.TrainingRequestWhereInput {
  const q = f.q?.replace(/-/g, '');
  return {
    ...(f.state ? { state: f.state } : {}),
    ...(f.regionPrefix ? { regionCode: { startsWith: f.regionPrefix } } : {}),
    ...(f.programId ? { programId: f.programId } : {}),
    ...(f.requesterType ? { requester: { type: f.requesterType } } : {}),
    ...(f.from || f.to
      ? {
          submittedAt: {
            ...(f.from ? { gte: startOfJakartaDay(f.from) } : {}),
            ...(f.to ? { lte: endOfJakartaDay(f.to) } : {}),
          },
        }
      : {}),
    ...(f.overdue === true ? { closedAt: null, stepDueAt: { lt: now } } : {}),
    ...(f.overdue === false
      ? { OR: [{ closedAt: { not: null } }, { stepDueAt: null }, { stepDueAt: { gte: now } }] }
      : {}),
    ...(f.q
      ? {
          AND: [
            {
              OR: [
                { trackingCode: { contains: (q ?? '').toUpperCase() } },
                { requester: { organizationName: { contains: f.q, mode: 'insensitive' } } },
                ...(searchContact
                  ? [
                      {
                        requester: { contactName: { contains: f.q, mode: 'insensitive' as const } },
                      },
                    ]
                  : []),
              ],
            },
          ],
        }
      : {}),
  };
}

const wib = (d: Date | null) =>
  d
    ? `${toJakartaDate(d)} ${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(11, 16)}`
    : null;

/**
 * The filtered staff request list as one table, newest first, headed in Bahasa Indonesia. It
 * follows the access policy like the list on screen: an instructor gets only the requests of
 * their own classes, and the contact person only for roles that see it.
 */
export async function requestExportTable(
  ctx: Context,
  filter: RequestExportFilter,
): Promise<Table> {
  const now = ctx.now();
  const showContact = policyAllows(ctx.viewer, 'Requester.contactName');
  const requests = await ctx.prisma.trainingRequest.findMany({
    where: { AND: [requestWhere(filter, now, showContact), visibleRequests(ctx)] },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    take: EXPORT_ROW_LIMIT,
    include: {
      requester: { select: { type: true, organizationName: true, contactName: true } },
      program: { select: { name: true } },
      region: {
        select: { name: true, parent: { select: { parent: { select: { name: true } } } } },
      },
      sopVersion: { select: { definition: true } },
    },
  });
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
      const step = findStep(r.sopVersion.definition as unknown as SopDefinition, r.state);
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
        step ? localize(step.name ?? step.description, 'id') : r.state,
        wib(r.stepDueAt),
        overdue ? 'Ya' : 'Tidak',
        wib(r.closedAt),
      ];
    }),
  };
}
