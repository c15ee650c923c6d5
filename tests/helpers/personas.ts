import type { Db } from '../../db/client.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { createMember } from './members.ts'
import { createJournalist as createPressAccount } from './press.ts'

/** The people whose access the route matrix checks, from least to most privileged. */
export const PERSONAS = ['anonymous', 'member', 'lapsed member', 'pending member', 'pending journalist', 'approved journalist', 'officer', 'admin'] as const
export type Persona = (typeof PERSONAS)[number]

/**
 * A press account. Approval is the press office's decision: this is the one place tests make
 * an approved or a pending journalist, so when approval is stored this function records it.
 */
export async function createJournalist(db: Db, input: { approved: boolean }) {
  const user = await createPressAccount(db, { status: input.approved ? 'approved' : 'pending' })
  return { ...user, approved: input.approved }
}

export interface SignedInPersona {
  persona: Persona
  userId: string | null
  cookie: string | undefined
}

async function userFor(db: Db, persona: Persona): Promise<string | null> {
  switch (persona) {
    case 'anonymous':
      return null
    case 'member':
      return (await createMember(db)).user.id
    case 'lapsed member':
      return (await createMember(db, { status: 'lapsed' })).user.id
    case 'pending member':
      return (await createMember(db, { status: 'pending_payment' })).user.id
    case 'pending journalist':
      return (await createJournalist(db, { approved: false })).id
    case 'approved journalist':
      return (await createJournalist(db, { approved: true })).id
    case 'officer':
      return (await createMember(db, { role: 'officer' })).user.id
    case 'admin':
      return (await createMember(db, { role: 'admin' })).user.id
  }
}

/** Every persona with a live session (officers and admins are members in good standing too). */
export async function signInPersonas(db: Db): Promise<Record<Persona, SignedInPersona>> {
  const result = {} as Record<Persona, SignedInPersona>
  for (const persona of PERSONAS) {
    const userId = await userFor(db, persona)
    const cookie = userId ? await sessionCookieHeader((await createSession(db, { userId })).id) : undefined
    result[persona] = { persona, userId, cookie }
  }
  return result
}
