import type { Prisma } from '@blk/db';

/** Who a notification goes to: the requester's phone (required) and e-mail (optional). */
export interface RequesterContact {
  phone: string;
  email: string | null;
}

/**
 * Queues a message to the requester in the transaction that causes it: always an SMS, because
 * the phone is required and it is what village officials read, and an e-mail too when one was
 * given. Both carry the same payload, so both say the same facts.
 */
export async function notifyRequester(
  tx: Prisma.TransactionClient,
  contact: RequesterContact,
  message: { template: string; payload: Record<string, unknown>; createdAt: Date },
): Promise<void> {
  const rows = [
    { channel: 'sms' as const, recipient: contact.phone },
    ...(contact.email ? [{ channel: 'email' as const, recipient: contact.email }] : []),
  ];
  await tx.notificationOutbox.createMany({
    data: rows.map((r) => ({
      ...r,
      template: message.template,
      payload: message.payload as Prisma.InputJsonValue,
      createdAt: message.createdAt,
    })),
  });
}
