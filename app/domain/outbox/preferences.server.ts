import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { emailPreferences, emailSuppressions } from '../../../db/schema/index.ts'
import { OPTIONAL_TOPICS, type OptionalTopic } from './topics.ts'

export type Preferences = Record<OptionalTopic, boolean>

/** Every optional topic with the person's choice (subscribed unless they said otherwise). */
export async function getPreferences(db: Db, userId: string): Promise<Preferences> {
  const rows = await db.select().from(emailPreferences).where(eq(emailPreferences.userId, userId))
  const prefs = Object.fromEntries(Object.keys(OPTIONAL_TOPICS).map((t) => [t, true])) as Preferences
  for (const row of rows) if (row.topic in prefs) prefs[row.topic as OptionalTopic] = row.subscribed
  return prefs
}

export async function setPreference(db: Db, input: { userId: string; topic: OptionalTopic; subscribed: boolean }) {
  await db
    .insert(emailPreferences)
    .values({ userId: input.userId, topic: input.topic, subscribed: input.subscribed })
    .onConflictDoUpdate({
      target: [emailPreferences.userId, emailPreferences.topic],
      set: { subscribed: input.subscribed, updatedAt: new Date() },
    })
}

export async function setPreferences(db: Db, input: { userId: string; subscribed: OptionalTopic[] }) {
  await db.transaction(async (tx) => {
    for (const topic of Object.keys(OPTIONAL_TOPICS) as OptionalTopic[]) {
      await setPreference(tx, { userId: input.userId, topic, subscribed: input.subscribed.includes(topic) })
    }
  })
}

/** Never mail this address again (it bounced, or its owner marked us as spam). */
export async function suppressAddress(db: Db, input: { email: string; reason: string }) {
  await db.insert(emailSuppressions).values({ email: input.email.toLowerCase(), reason: input.reason }).onConflictDoNothing()
}
