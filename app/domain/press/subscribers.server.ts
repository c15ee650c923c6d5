import { randomBytes } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { pressSubscribers } from '../../../db/schema/index.ts'
import { admit, mailThrottles } from '~/domain/auth/throttle.server.ts'
import { generateSecret, hashSecret } from '~/domain/auth/tokens.ts'
import { DomainError } from '~/domain/errors.ts'
import { type Locale, pathIn } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import type { PressTopic } from './topics.ts'

/**
 * Public briefings by email, for people without an account: double opt-in. Asking again for an
 * address re-sends the link and changes the topics; the page says the same whether or not the
 * address was known.
 */
/** Asked for on a Welsh page (`locale`), the confirmation email is in Welsh and its link opens the Welsh page. */
export async function requestPressSubscription(db: Db, input: { email: string; topics: PressTopic[]; ip: string; baseUrl: string; locale?: Locale }) {
  await admit(db, mailThrottles('subscribe', { email: input.email, address: input.ip }))
  const secret = generateSecret()
  return db.transaction(async (tx) => {
    const email = input.email.toLowerCase()
    let [row] = await tx
      .insert(pressSubscribers)
      .values({ email, topics: input.topics, confirmTokenHash: hashSecret(secret), unsubscribeToken: randomBytes(24).toString('base64url') })
      .onConflictDoNothing()
      .returning()
    row ??= (
      await tx
        .update(pressSubscribers)
        .set({ topics: input.topics, confirmTokenHash: hashSecret(secret) })
        .where(sql`lower(${pressSubscribers.email}) = ${email}`)
        .returning()
    )[0]
    await enqueueEmail(tx, {
      template: 'press-subscription-confirm',
      to: { email: row.email, name: 'reader' },
      data: { confirmUrl: `${input.baseUrl}${pathIn(input.locale ?? 'en', '/press/subscribe')}?token=${encodeURIComponent(secret)}`, ...(input.locale ? { locale: input.locale } : {}) },
    })
    return row
  })
}

export async function confirmPressSubscription(db: Db, input: { token: string; now?: Date }) {
  if (!input.token || input.token.length > 200) throw new DomainError('invalid_input', msg('This link is not complete. Check you used the whole link from the email.'))
  const [row] = await db
    .update(pressSubscribers)
    .set({ confirmedAt: input.now ?? new Date(), confirmTokenHash: null })
    .where(eq(pressSubscribers.confirmTokenHash, hashSecret(input.token)))
    .returning()
  if (!row) throw new DomainError('invalid_input', msg('This link is not valid or has already been used.'))
  return row
}

/** The link in every public alert. Removing the row is the whole of it: nothing about the person is kept. */
/** Tokens are base64url; anything else (a truncated link, pasted junk) matches nothing. */
const isTokenText = (token: string) => /^[A-Za-z0-9_-]{1,200}$/.test(token)

export async function unsubscribePress(db: Db, token: string) {
  if (!isTokenText(token)) throw new DomainError('invalid_input', msg('This link is not complete. Check you used the whole link from the email.'))
  const removed = await db.delete(pressSubscribers).where(eq(pressSubscribers.unsubscribeToken, token)).returning({ email: pressSubscribers.email })
  return removed.length > 0
}

export async function isPressUnsubscribeToken(db: Db, token: string) {
  if (!isTokenText(token)) return false
  const [row] = await db.select({ id: pressSubscribers.id }).from(pressSubscribers).where(eq(pressSubscribers.unsubscribeToken, token))
  return Boolean(row)
}
