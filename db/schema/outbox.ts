import { sql } from 'drizzle-orm'
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './auth.ts'

/** What an email is about. `account` mail (links, receipts) is essential and always sent. */
export const emailTopic = pgEnum('email_topic', ['account', 'membership', 'ballots', 'consultations', 'statements', 'press_alerts', 'newsletters'])
export const outboxStatus = pgEnum('outbox_status', ['pending', 'sending', 'sent', 'failed'])
export const recipientStatus = pgEnum('outbox_recipient_status', ['pending', 'sent', 'skipped'])

/**
 * One call to the mail provider: a single email, or a batch of up to 100 sharing a template and
 * data. Written in the same transaction as the change that causes it; claimed by a worker with
 * FOR UPDATE SKIP LOCKED and a lease.
 */
export const outboxJobs = pgTable(
  'outbox_jobs',
  {
    id: uuid().primaryKey().defaultRandom(),
    template: text().notNull(),
    data: jsonb().notNull().default({}),
    topic: emailTopic().notNull().default('account'),
    status: outboxStatus().notNull().default('pending'),
    /** The caller's key: enqueueing twice with one key queues the email once. */
    dedupeKey: text(),
    /**
     * Who it goes to, decided when the job is first claimed rather than when it is queued (a lift
     * alert reaches whoever is entitled at the lift). Cleared once resolved into recipients.
     */
    audience: jsonb(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(8),
    notBefore: timestamp({ withTimezone: true }).notNull().defaultNow(),
    leaseToken: uuid(),
    leaseUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('outbox_jobs_due_idx')
      .on(t.notBefore)
      .where(sql`status in ('pending', 'sending')`),
    index('outbox_jobs_status_idx').on(t.status),
    uniqueIndex('outbox_jobs_dedupe_key_key').on(t.dedupeKey),
  ],
)

export const outboxRecipients = pgTable(
  'outbox_recipients',
  {
    jobId: uuid()
      .notNull()
      .references(() => outboxJobs.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    email: text().notNull(),
    name: text(),
    userId: uuid(),
    /** Per-recipient values substituted into the rendered email (e.g. their name). */
    personal: jsonb(),
    status: recipientStatus().notNull().default('pending'),
    skipReason: text(),
    providerMessageId: text(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.position] })],
)

/** Addresses that bounced or complained: never mailed again. */
export const emailSuppressions = pgTable('email_suppressions', {
  email: text().primaryKey(),
  reason: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

/** A person's choice per non-essential topic; no row means the default (subscribed). */
export const emailPreferences = pgTable(
  'email_preferences',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topic: emailTopic().notNull(),
    subscribed: boolean().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topic] })],
)

/** Webhook deliveries already handled (Resend retries; replays change nothing). */
export const processedWebhooks = pgTable('processed_webhooks', {
  id: text().primaryKey(),
  source: text().notNull(),
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

export type OutboxJob = typeof outboxJobs.$inferSelect
export type OutboxRecipient = typeof outboxRecipients.$inferSelect
export type EmailTopic = (typeof emailTopic.enumValues)[number]
