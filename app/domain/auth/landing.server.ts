import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { users } from '../../../db/schema/index.ts'
import { asLocale, type Locale, localeOf, pathIn, withoutLocale } from '~/i18n/locale.ts'
import { siteOrigin } from '~/utils/request.server.ts'
import { startSession } from '~/utils/session.server.ts'

/**
 * The language a member's Chorus pages and emails are in is theirs to choose (`users.locale`,
 * set on the account page). Signing in, the choice decides which language they land in, both
 * ways; a member who has not chosen yet is taken at their word by the page they signed in on
 * (a Welsh page means Welsh), and that becomes their choice, which the account page can change.
 */
export async function settleLocale(db: Db, input: { userId: string; pageLocale: Locale }): Promise<Locale> {
  const [saved] = await db
    .update(users)
    .set({ locale: input.pageLocale, updatedAt: new Date() })
    .where(and(eq(users.id, input.userId), isNull(users.locale)))
    .returning({ locale: users.locale })
  if (saved) return input.pageLocale
  const user = await db.query.users.findFirst({ where: eq(users.id, input.userId), columns: { locale: true } })
  return asLocale(user?.locale) ?? input.pageLocale
}

/** Records the member's language, from the account page or a form filled in on a page in it. */
export async function saveLocale(db: Db, input: { userId: string; locale: Locale }) {
  await db.update(users).set({ locale: input.locale, updatedAt: new Date() }).where(eq(users.id, input.userId))
}

/**
 * A redirect to `path` in `locale`, from the page the request came from. The Welsh pages are the
 * app mounted at /cy, and Remix adds that mount to every redirect written as a plain path: within
 * one language the target is the plain path; from English to Welsh it is the /cy path; from Welsh
 * to English it must be a full address, or it would be kept in Welsh.
 */
export function landingIn(request: Request, locale: Locale, path: string) {
  const from = localeOf(request)
  const plain = withoutLocale(path)
  if (from === locale) return plain
  return locale === 'cy' ? pathIn('cy', plain) : `${siteOrigin(request)}${plain}`
}

/** Starts the session of a member who has proved who they are, landing on `target` in their language. */
export async function signInAndLand(db: Db, request: Request, userId: string, target: string) {
  const locale = await settleLocale(db, { userId, pageLocale: localeOf(request) })
  return startSession(request, userId, landingIn(request, locale, target))
}
