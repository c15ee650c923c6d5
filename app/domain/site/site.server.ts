import { desc, eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { mailboxMessages } from '../../../db/schema/index.ts'

export function listMailbox(db: Db, limit = 100) {
  return db
    .select({ id: mailboxMessages.id, to: mailboxMessages.to, subject: mailboxMessages.subject, createdAt: mailboxMessages.createdAt })
    .from(mailboxMessages)
    .orderBy(desc(mailboxMessages.createdAt))
    .limit(limit)
}

export async function getMailboxMessage(db: Db, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null
  const [message] = await db.select().from(mailboxMessages).where(eq(mailboxMessages.id, id))
  return message ?? null
}
