import fs from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_PGLITE_DIR } from '@blk/db';
import nodemailer from 'nodemailer';
import type { RenderedNotification } from './templates';

/** One message leaving the outbox. */
export interface OutgoingMessage {
  id: string;
  channel: 'email' | 'sms';
  recipient: string;
  rendered: RenderedNotification;
}

/** Delivers a message and says where it went (stored as the row's `deliveredTo`). */
export interface NotificationTransport {
  deliver(message: OutgoingMessage): Promise<string>;
}

/** The default outbox folder: `.data/outbox` at the workspace root. */
export const DEFAULT_OUTBOX_DIR = path.join(path.dirname(DEFAULT_PGLITE_DIR), 'outbox');

/** `deliveredTo` prefix of messages written to the outbox folder instead of being sent. */
export const FOLDER_DELIVERY_PREFIX = 'file:';

/**
 * E-mail through SMTP when `smtpUrl` is set, otherwise as .eml files in the folder (open them
 * with any mail program). SMS always goes to the folder: no SMS gateway is configured yet.
 */
export function createNotificationTransport(config: {
  smtpUrl?: string | undefined;
  from: string;
  outboxDir: string;
}): NotificationTransport {
  const smtp = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  // Builds the same RFC 5322 message SMTP would send, as bytes.
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const mail = (m: OutgoingMessage) => ({
    from: config.from,
    to: m.recipient,
    subject: m.rendered.subject,
    text: m.rendered.text,
    headers: { 'X-BLK-Outbox-Id': m.id },
  });
  const writeFile = async (name: string, bytes: string | Uint8Array) => {
    await fs.mkdir(config.outboxDir, { recursive: true });
    const file = path.join(config.outboxDir, name);
    await fs.writeFile(file, bytes);
    return `${FOLDER_DELIVERY_PREFIX}${file}`;
  };
  return {
    async deliver(m) {
      if (m.channel === 'sms')
        return writeFile(`${m.id}.sms.txt`, `To: ${m.recipient}\n\n${m.rendered.sms}\n`);
      if (smtp) {
        const info = await smtp.sendMail(mail(m));
        return `smtp:${info.messageId}`;
      }
      const info = await composer.sendMail(mail(m));
      return writeFile(`${m.id}.eml`, info.message as Buffer);
    },
  };
}
