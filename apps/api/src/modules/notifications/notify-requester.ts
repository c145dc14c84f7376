import type { Prisma } from '@blk/db';

/**
 * Who a notification goes to: a phone and an e-mail, each when known (a request's phone always
 * is; an anonymous complaint has neither).
 */
export interface RequesterContact {
  phone?: string | null | undefined;
  email?: string | null | undefined;
}

/**
 * Queues a message in the transaction that causes it, to every contact given: an SMS to the
 * phone (for a request always, since the phone is required and it is what village officials
 * read) and an e-mail when one was given. Both carry the same payload, so both say the same facts.
 */
export async function notifyRequester(
  tx: Prisma.TransactionClient,
  contact: RequesterContact,
  message: { template: string; payload: Record<string, unknown>; createdAt: Date },
): Promise<void> {
  const rows = [
    ...(contact.phone ? [{ channel: 'sms' as const, recipient: contact.phone }] : []),
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
