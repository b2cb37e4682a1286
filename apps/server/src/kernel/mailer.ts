import type { Kysely } from 'kysely';
import type { Transporter } from 'nodemailer';
import type { Database } from '../db/schema.ts';
import { nowIso } from '../lib/ids.ts';

export interface MailerOptions {
  /** smtp://user:pass@host:587 or smtps://… (nodemailer's connection URL). */
  smtpUrl: string;
  from: string;
  /** Prefix for the app links in messages; without it a link is shown as a path. */
  publicUrl: string | null;
  intervalMs?: number;
  /** After this many failed tries a message stays in the outbox, with its last error, for an admin. */
  maxAttempts?: number;
  /** A claim older than this is taken to be from an instance that died while sending. */
  claimTimeoutMs?: number;
  log?: { warn(obj: object, msg: string): void };
  /** Told how many messages each pass handed to the mail server (for the metrics). */
  onSent?: (count: number) => void;
}

/** Tries per message before it stays in the outbox as failed. */
export const MAX_MAIL_ATTEMPTS = 5;

export interface Mailer {
  /** Sends what is due now; resolves with how many were sent. */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

const BATCH = 20;

/**
 * Sends queued outbox messages that have an address, in the order they were queued. Each message
 * is claimed first with a conditional update, so instances sharing one database never send it
 * twice; a failure is recorded and retried on a later pass, up to maxAttempts.
 */
export function startMailer(db: Kysely<Database>, options: MailerOptions): Mailer {
  // nodemailer is loaded with the first message due, not at start-up: an idle server sends none.
  let transport: Transporter | undefined;
  const transportOf = async (): Promise<Transporter> => {
    if (!transport) {
      const { default: nodemailer } = await import('nodemailer');
      transport ??= nodemailer.createTransport(options.smtpUrl);
    }
    return transport;
  };
  const maxAttempts = options.maxAttempts ?? MAX_MAIL_ATTEMPTS;
  const claimTimeout = options.claimTimeoutMs ?? 10 * 60_000;
  let running: Promise<number> | undefined;
  let stopped = false;

  const link = (path: string | null) =>
    path ? `${options.publicUrl ? options.publicUrl.replace(/\/$/, '') : ''}${path}` : '';

  async function sendDue(): Promise<number> {
    const cutoff = new Date(Date.now() - claimTimeout).toISOString();
    const due = await db
      .selectFrom('outbox')
      .select(['id', 'to_address', 'subject', 'body', 'link'])
      .where('sent_at', 'is', null)
      .where('to_address', 'is not', null)
      .where('attempts', '<', maxAttempts)
      .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', cutoff)]))
      .orderBy('created_at')
      .limit(BATCH)
      .execute();
    let sent = 0;
    for (const message of due) {
      if (stopped) break;
      const claimed = await db
        .updateTable('outbox')
        .set({ claimed_at: new Date().toISOString() })
        .where('id', '=', message.id)
        .where('sent_at', 'is', null)
        .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', cutoff)]))
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) continue;
      try {
        const url = link(message.link);
        await (await transportOf()).sendMail({
          from: options.from,
          to: message.to_address as string,
          subject: message.subject,
          text: url ? `${message.body}\n\n${url}` : message.body,
        });
        await db
          .updateTable('outbox')
          .set({ sent_at: nowIso(), last_error: null })
          .where('id', '=', message.id)
          .execute();
        sent++;
        options.onSent?.(1);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        options.log?.warn({ err: error, outboxId: message.id }, 'mail not sent');
        await db
          .updateTable('outbox')
          .set((eb) => ({
            attempts: eb('attempts', '+', 1),
            last_error: reason.slice(0, 500),
            claimed_at: null,
          }))
          .where('id', '=', message.id)
          .execute();
      }
    }
    return sent;
  }

  function flush(): Promise<number> {
    running ??= sendDue().finally(() => {
      running = undefined;
    });
    return running;
  }

  const timer = setInterval(() => void flush().catch(() => {}), options.intervalMs ?? 15_000);
  timer.unref();

  return {
    flush,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => {});
      transport?.close();
    },
  };
}
