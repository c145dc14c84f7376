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
 * with any mail program). SMS through the HTTP gateway when `smsGatewayUrl` is set (an SMS or
 * WhatsApp provider, or a small adapter in front of one), otherwise as text files in the folder.
 */
export function createNotificationTransport(config: {
  smtpUrl?: string | undefined;
  from: string;
  outboxDir: string;
  smsGatewayUrl?: string | undefined;
  smsGatewayToken?: string | undefined;
}): NotificationTransport {
  // Bounded, so one delivery never outlives the outbox's stuck-claim window (STUCK_AFTER_MS).
  const smtp = config.smtpUrl
    ? nodemailer.createTransport(config.smtpUrl, {
        connectionTimeout: 20_000,
        greetingTimeout: 20_000,
        socketTimeout: 30_000,
      })
    : null;
  // Builds the same RFC 5322 message SMTP would send, as bytes.
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const mail = (m: OutgoingMessage) => ({
    from: config.from,
    to: m.recipient,
    subject: m.rendered.subject,
    text: m.rendered.text,
    // A stable Message-ID per outbox row: a message sent again after a crash is recognisably the
    // same message to mail servers and clients, which drop the duplicate.
    messageId: `<${m.id}@outbox.blk-on-the-spot>`,
    headers: { 'X-BLK-Outbox-Id': m.id },
  });
  // Named by the outbox id and written atomically (a temporary file renamed into place), so a
  // retry after a crash finds the message already there and writes nothing twice.
  const writeFile = async (name: string, bytes: string | Uint8Array) => {
    await fs.mkdir(config.outboxDir, { recursive: true });
    const file = path.join(config.outboxDir, name);
    const delivered = `${FOLDER_DELIVERY_PREFIX}${file}`;
    if (
      await fs.stat(file).then(
        () => true,
        () => false,
      )
    )
      return delivered;
    const temporary = path.join(config.outboxDir, `.${name}.${process.pid}.tmp`);
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
    return delivered;
  };
  return {
    async deliver(m) {
      if (m.channel === 'sms' && config.smsGatewayUrl)
        return sendToGateway(config.smsGatewayUrl, config.smsGatewayToken, m);
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

/**
 * POSTs one SMS to the gateway. The outbox id goes along as the idempotency key, so a gateway
 * that honours it never sends a retried message twice. Any non-2xx answer is a failed attempt.
 */
async function sendToGateway(
  url: string,
  token: string | undefined,
  m: OutgoingMessage,
): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': m.id,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ id: m.id, to: m.recipient, text: m.rendered.sms }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`SMS gateway answered HTTP ${response.status}`);
  return `gateway:${new URL(url).host}:${m.id}`;
}
