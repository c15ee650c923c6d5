import { desc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.server.ts'
import { mailboxMessages } from '../../db/schema/index.ts'
import { drainOutbox, type WorkerOptions } from '../../app/domain/outbox/worker.server.ts'
import { mailboxTransport } from '../../app/utils/mail-transport.server.ts'

export const TEST_SECRET = 'chorus-test-secret-of-at-least-32-characters'

export function workerOptions(overrides: Partial<WorkerOptions> & Pick<WorkerOptions, 'transport'>): WorkerOptions {
  return { from: 'Chorus <no-reply@chorus.test>', baseUrl: 'http://localhost:3000', secret: TEST_SECRET, ...overrides }
}

/** Runs the outbox into the local mailbox, as the dev server's worker does, and returns what arrived. */
export async function deliverToMailbox(db: Db) {
  await drainOutbox(db, workerOptions({ transport: mailboxTransport(db) }))
  return db.select().from(mailboxMessages).orderBy(desc(mailboxMessages.createdAt))
}

export async function latestMailTo(db: Db, email: string) {
  await deliverToMailbox(db)
  const [message] = await db.select().from(mailboxMessages).where(eq(mailboxMessages.to, email)).orderBy(desc(mailboxMessages.createdAt)).limit(1)
  return message
}

/**
 * The English of an email's subject. Someone who has not chosen a language (as test users have
 * not) gets both, Welsh first: "Welsh / English".
 */
export const englishPart = (subject: string) => subject.split(' / ').at(-1)!
