import { hash } from '@node-rs/argon2'
import type { Db } from './client.server.ts'
import { users, type Role } from './schema/index.ts'

export const DEMO_PASSWORD = 'chorus-demo-password'

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@chorus.test', name: 'Priya Raman', role: 'admin' },
  { email: 'officer@chorus.test', name: 'Daniel Mensah', role: 'officer' },
  { email: 'member@chorus.test', name: 'Amira Okafor', role: 'member' },
  { email: 'journalist@chorus.test', name: 'Tom Ashworth', role: 'journalist' },
]

/** Creates the demo accounts that are missing; never changes one that exists. */
export async function seedDemoData(db: Db) {
  const passwordHash = await hash(DEMO_PASSWORD)
  const now = new Date()
  const inserted = await db
    .insert(users)
    .values(DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash, emailVerifiedAt: now })))
    .onConflictDoNothing()
    .returning({ email: users.email })
  return inserted.map((r) => r.email)
}
