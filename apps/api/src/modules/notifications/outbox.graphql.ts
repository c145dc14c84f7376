import { builder } from '../../graphql/builder';
import { roleCan } from '../auth/capabilities';
import { renderNotification } from './templates';
import { FOLDER_DELIVERY_PREFIX } from './transport';

const NotificationChannelEnum = builder.enumType('NotificationChannel', {
  description: 'How a notification reaches the public.',
  values: {
    email: { value: 'email', description: 'E-mail.' },
    sms: { value: 'sms', description: 'SMS (written to the outbox folder: no gateway yet).' },
  } as const,
});

const NotificationStatusEnum = builder.enumType('NotificationStatus', {
  description: 'Where a notification is in the outbox.',
  values: {
    pending: { value: 'pending', description: 'Waiting to be sent (or to be retried).' },
    sending: { value: 'sending', description: 'Claimed by a worker and being sent.' },
    sent: { value: 'sent', description: 'Delivered (to SMTP or to the outbox folder).' },
    failed: { value: 'failed', description: 'Gave up after the maximum number of attempts.' },
  } as const,
});

const RenderedMessage = builder
  .objectRef<{ subject: string; text: string; sms: string }>('RenderedNotification')
  .implement({
    description: 'The text of a notification as it was delivered.',
    fields: (t) => ({
      subject: t.exposeString('subject', { description: 'E-mail subject.' }),
      text: t.exposeString('text', { description: 'E-mail body (plain text).' }),
      sms: t.exposeString('sms', { description: 'SMS text (at most 160 characters).' }),
    }),
  });

const OutboxMessage = builder.prismaObject('NotificationOutbox', {
  name: 'OutboxMessage',
  description: 'A notification to the public in the transactional outbox, with its delivery state.',
  fields: (t) => ({
    id: t.exposeID('id'),
    channel: t.expose('channel', { type: NotificationChannelEnum }),
    recipient: t.exposeString('recipient'),
    template: t.exposeString('template'),
    status: t.expose('status', { type: NotificationStatusEnum }),
    attempts: t.exposeInt('attempts'),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
    deliveredTo: t.exposeString('deliveredTo', {
      nullable: true,
      description: 'Where it went: `smtp:<message id>` or `file:<path in the outbox folder>`.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    rendered: t.field({
      type: RenderedMessage,
      nullable: true,
      description:
        'The delivered text, for messages written to the outbox folder instead of being sent (demo and offline installations); null otherwise.',
      select: { template: true, payload: true, deliveredTo: true },
      resolve: (m) =>
        m.deliveredTo?.startsWith(FOLDER_DELIVERY_PREFIX)
          ? renderNotification(m.template, m.payload)
          : null,
    }),
  }),
});

builder.queryFields((t) => ({
  outbox: t.prismaConnection({
    type: OutboxMessage,
    cursor: 'id',
    description:
      'Notifications to the public, newest first (staff with the viewOutbox capability).',
    authScopes: (_root, _args, ctx) =>
      ctx.viewer.kind === 'staff' && roleCan(ctx.viewer.user.roleKey, 'viewOutbox'),
    args: {
      status: t.arg({
        type: NotificationStatusEnum,
        required: false,
        description: 'Only messages in this state.',
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.notificationOutbox.findMany({
        ...query,
        where: args.status ? { status: args.status } : {},
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));
