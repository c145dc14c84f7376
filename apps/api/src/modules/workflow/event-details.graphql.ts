import { type EventDetail, eventDetails, formatIsoDate } from '@blk/sop';
import { builder } from '../../graphql/builder';
import { RequestAttachmentType } from '../attachments/attachments.graphql';
import { sopDefinition } from './access';

/** A recorded input with what a reader needs to show it. */
interface EventDetailView extends EventDetail {
  requestId: string;
}

/** The ids a file input recorded: one id, or a list of them. */
export function fileIds(value: unknown): string[] {
  const ids = Array.isArray(value) ? value : [value];
  return ids.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

const EventDetailRef = builder.objectRef<EventDetailView>('RequestEventDetail').implement({
  description:
    'One input recorded with an event (a note, the assessment findings, a decision’s reason), labelled as the request’s SOP version declares it.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Input key in the SOP.' }),
    label: t.exposeString('label', { description: 'Input label (Accept-Language).' }),
    type: t.exposeString('type', {
      description: 'SOP input type: text, date, number, boolean, file, choice, staff, instructors.',
    }),
    text: t.string({
      description:
        'The value as text for reading: dates written out in the caller’s language, yes/no for booleans, the names of the instructors or staff chosen; empty for files (see `attachments`).',
      resolve: async (d, _args, ctx) => {
        if (d.type === 'file') return '';
        // The next person reads who was assigned, not how many ids were recorded.
        if ((d.type === 'instructors' || d.type === 'staff') && Array.isArray(d.value)) {
          const ids = d.value.filter(
            (v): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v),
          );
          const named =
            d.type === 'instructors'
              ? await ctx.prisma.instructor.findMany({ where: { id: { in: ids } } })
              : await ctx.prisma.staffUser.findMany({ where: { id: { in: ids } } });
          const names = new Map(named.map((n) => [n.id, n.name]));
          const known = ids.flatMap((id) => names.get(id) ?? []);
          return known.length ? known.join(', ') : `${d.value.length}`;
        }
        if (d.type === 'date' && typeof d.value === 'string')
          return formatIsoDate(d.value, ctx.lang);
        if (typeof d.value === 'boolean')
          return ctx.lang === 'en' ? (d.value ? 'Yes' : 'No') : d.value ? 'Ya' : 'Tidak';
        if (Array.isArray(d.value)) return `${d.value.length}`;
        return String(d.value);
      },
    }),
    attachments: t.prismaField({
      type: [RequestAttachmentType],
      description:
        'For a file input: the documents of the request it names (others are left out), so the next person can open them.',
      resolve: (query, d, _args, ctx) => {
        const ids = d.type === 'file' ? fileIds(d.value) : [];
        const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
        if (!uuids.length) return [];
        return ctx.prisma.requestAttachment.findMany({
          ...query,
          where: { id: { in: uuids }, requestId: d.requestId },
          orderBy: { createdAt: 'asc' },
        });
      },
    }),
  }),
});

builder.prismaObjectFields('RequestEvent', (t) => ({
  details: t.field({
    type: [EventDetailRef],
    description:
      'What the event recorded, field by field with the SOP’s labels (only the keys the SOP declares for the action). Empty for the submission.',
    select: {
      requestId: true,
      action: true,
      fromState: true,
      inputs: true,
      request: { select: { sopVersion: { select: { definition: true } } } },
    },
    resolve: (e, _args, ctx) =>
      eventDetails(sopDefinition(e.request.sopVersion.definition), e, ctx.lang).map((d) => ({
        ...d,
        requestId: e.requestId,
      })),
  }),
}));

builder.prismaObjectFields('RequestAttachment', (t) => ({
  uploadedByName: t.string({
    nullable: true,
    description: 'Name of the staff member who attached it; null when the requester did.',
    select: { uploadedBy: { select: { name: true } } },
    resolve: (a) => a.uploadedBy?.name ?? null,
  }),
}));
