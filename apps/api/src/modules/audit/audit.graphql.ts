import type { ActorType } from '@blk/db';
import { builder } from '../../graphql/builder';
import { isUuid } from '../../graphql/validate';

/** Who acted: on a request's history (RequestEvent) and in the audit log (AuditLog). */
export const ActorTypeEnum = builder.enumType('ActorType', {
  description: 'Who took an action or made an audited change.',
  values: {
    requester: { value: 'requester', description: 'A member of the public (no account).' },
    staff: { value: 'staff', description: 'A signed-in staff member.' },
    system: {
      value: 'system',
      description: 'The system itself (scheduled jobs, e.g. automatic closing).',
    },
    integrator: { value: 'integrator', description: 'An integrator’s API key.' },
  } satisfies Record<ActorType, unknown>,
});

builder.prismaObject('AuditLog', {
  description: 'One data-changing action: who did what to which record, and when.',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actorType: t.expose('actorType', { type: ActorTypeEnum }),
    actorStaff: t.relation('actorStaff', { nullable: true }),
    actorApiKeyId: t.exposeID('actorApiKeyId', { nullable: true }),
    action: t.exposeString('action'),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId', { nullable: true }),
    data: t.expose('data', { type: 'JSON', nullable: true }),
  }),
});

/** Ids are UUIDs; any other string matches nothing rather than failing the query. */
const uuidOrNone = (id: string | number) =>
  isUuid(String(id)) ? String(id) : '00000000-0000-0000-0000-000000000000';

builder.queryFields((t) => ({
  auditLog: t.prismaConnection({
    type: 'AuditLog',
    cursor: 'id',
    description: 'The audit trail, newest first (admin sistem and kepala dinas only).',
    authScopes: { roles: ['admin_sistem', 'kepala_dinas'] },
    args: {
      entityType: t.arg.string({ required: false, description: 'Kind of record.' }),
      entityId: t.arg.string({ required: false, description: 'One record (needs entityType).' }),
      action: t.arg.string({ required: false, description: 'One action, e.g. holiday.add.' }),
      actorStaffId: t.arg.id({ required: false, description: 'Changes by this staff member.' }),
      actorApiKeyId: t.arg.id({ required: false, description: 'Changes through this API key.' }),
      from: t.arg({ type: 'DateTime', required: false, description: 'At or after this instant.' }),
      to: t.arg({ type: 'DateTime', required: false, description: 'Before this instant.' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.auditLog.findMany({
        ...query,
        where: {
          ...(args.entityType ? { entityType: args.entityType } : {}),
          ...(args.entityId ? { entityId: args.entityId } : {}),
          ...(args.action ? { action: args.action } : {}),
          ...(args.actorStaffId ? { actorStaffId: uuidOrNone(args.actorStaffId) } : {}),
          ...(args.actorApiKeyId ? { actorApiKeyId: uuidOrNone(args.actorApiKeyId) } : {}),
          ...(args.from || args.to
            ? {
                at: {
                  ...(args.from ? { gte: args.from } : {}),
                  ...(args.to ? { lt: args.to } : {}),
                },
              }
            : {}),
        },
        // uuid v7 ids grow with time, so they break ties between rows of the same instant.
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
      }),
  }),
}));
