import { createCookie, redirect } from '@remix-run/node'
import type { Role } from '../../db/schema/index.ts'
import { createSession, deleteSession, getSessionUser, SESSION_TTL_MS, type SessionUser } from '~/domain/auth/sessions.server'
import { CHALLENGE_TTL_MS, createSignInChallenge, hasSecondFactor, secondFactorRequired } from '~/domain/auth/totp.server'
import { db } from './db.server.ts'
import { leavesThisLanguage, withoutLocale } from '~/i18n/locale.ts'
import { translateFor } from '~/i18n/server.ts'
import { msg } from '~/i18n/translate.ts'
import { getEnv, type Env } from './env.server.ts'
import { noteReader } from './page-cache.server.ts'
import { requireSameOrigin } from './request.server.ts'

/** Secure whenever the site is reached over https (an offline demo behind TLS too), and always in real production. */
export function cookiesSecure(env: Pick<Env, 'appUrl' | 'NODE_ENV' | 'CHORUS_OFFLINE'>) {
  return env.appUrl.startsWith('https:') || (env.NODE_ENV === 'production' && !env.CHORUS_OFFLINE)
}

let cookie: ReturnType<typeof createCookie> | undefined
function sessionCookie() {
  const env = getEnv()
  cookie ??= createCookie('chorus_session', {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookiesSecure(env),
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
    secrets: [env.sessionSecret],
  })
  return cookie
}

/** The id of the session the request's cookie names (for marking "this browser" and re-authenticating). */
export async function readSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get('cookie'))
  return typeof value === 'string' && value.length > 0 && value.length < 100 ? value : null
}

async function lookUpUser(request: Request): Promise<SessionUser | null> {
  const sessionId = await readSessionId(request)
  if (!sessionId) return null
  return getSessionUser(db, sessionId)
}

/**
 * Lookups in flight, per request (keyed by the request's load context, which the server makes
 * afresh for every request): Remix runs the root loader and the page's loader side by side and
 * both ask who is signed in, so they share one lookup while it runs. Nothing is kept once it has
 * answered, so every later request, and every form's action, asks the database afresh: a
 * revoked session or a changed role counts from the next request.
 */
const inFlight = new WeakMap<object, Map<string, Promise<SessionUser | null>>>()

/**
 * The signed-in user, or null (forged, expired or revoked cookies count as signed out).
 * Loaders pass their `context` so the loaders of one page load share the lookup.
 */
export async function getUser(request: Request, context?: object): Promise<SessionUser | null> {
  if (!context || (request.method !== 'GET' && request.method !== 'HEAD')) return lookUpUser(request)
  let pending = inFlight.get(context)
  if (!pending) inFlight.set(context, (pending = new Map()))
  const key = request.headers.get('cookie') ?? ''
  let lookup = pending.get(key)
  if (!lookup) {
    const own = pending
    lookup = lookUpUser(request).finally(() => own.delete(key))
    pending.set(key, lookup)
  }
  const user = await lookup
  // The page cache may keep this page for this reader, never past their session's end.
  if (user) noteReader(context, { userId: user.id, sessionEndsAt: user.endsAt })
  return user
}

function loginRedirect(request: Request) {
  const url = new URL(request.url)
  // Where to come back to, without its language: the sign-in page is in the same one.
  const back = withoutLocale(url.pathname) + url.search
  return redirect(`/login?redirectTo=${encodeURIComponent(back)}`)
}

/** Throws a redirect to the login page when nobody is signed in. */
export async function requireUser(request: Request, context?: object): Promise<SessionUser> {
  requireSameOrigin(request)
  const user = await getUser(request, context)
  if (!user) throw loginRedirect(request)
  return user
}

/** Officers may do what members may; admins what officers may. Journalists stand apart. */
const GRANTS: Record<Role, Role[]> = {
  member: ['member'],
  journalist: ['journalist'],
  officer: ['officer', 'member'],
  admin: ['admin', 'officer', 'member'],
}

export function hasRole(user: Pick<SessionUser, 'role'>, role: Role) {
  return GRANTS[user.role].includes(role)
}

const FOR_ROLE_ONLY: Record<Role, string> = {
  member: msg('This page is for members only.'),
  officer: msg('This page is for officers only.'),
  admin: msg('This page is for admins only.'),
  journalist: msg('This page is for journalists only.'),
}

/**
 * Throws a redirect when signed out and a 403 when signed in without the role. Officers and
 * admins (and journalists, when an admin says so) without an authenticator app are sent to set
 * one up before their role's pages open.
 */
export async function requireRole(request: Request, role: Role): Promise<SessionUser> {
  const user = await requireUser(request)
  if (!hasRole(user, role)) {
    throw new Response(translateFor(request, FOR_ROLE_ONLY[role]), { status: 403, statusText: 'Forbidden' })
  }
  if (role !== 'member' && !user.secondFactor && (await secondFactorRequired(db, user.role))) {
    const url = new URL(request.url)
    throw redirect(`/account/two-factor?required=1&redirectTo=${encodeURIComponent(withoutLocale(url.pathname) + url.search)}`)
  }
  return user
}

/** Where someone lands after signing in when no page asked for them: where their work is. */
export function homeFor(role: Role) {
  return { member: '/account', journalist: '/press', officer: '/officer', admin: '/officer' }[role]
}

/** How recent a sign-in must be for publishing a briefing, changing roles or opening a ballot. */
const REAUTH_AFTER_MS = 15 * 60_000

/**
 * For sensitive actions: when the person last proved who they are more than 15 minutes ago,
 * throws a redirect to "confirm it's you", which comes back to `returnTo` (default: this page).
 */
export function requireRecentSignIn(request: Request, user: SessionUser, returnTo?: string) {
  if (Date.now() - user.authenticatedAt.getTime() <= REAUTH_AFTER_MS) return
  const url = new URL(request.url)
  const back = returnTo ?? withoutLocale(url.pathname) + url.search
  throw redirect(`/account/confirm?redirectTo=${encodeURIComponent(back)}`)
}

/** Starts a fresh session (a new id every sign-in) and redirects with its cookie. */
export async function startSession(request: Request, userId: string, redirectTo: string) {
  const previous = await readSessionId(request)
  if (previous) await deleteSession(db, previous)
  const session = await createSession(db, { userId, userAgent: request.headers.get('user-agent') })
  const headers = new Headers({ 'Set-Cookie': await sessionCookie().serialize(session.id) })
  if (leavesThisLanguage(redirectTo)) headers.set('X-Remix-Reload-Document', 'true')
  return redirect(redirectTo, { headers })
}

let challengeCookie: ReturnType<typeof createCookie> | undefined
/**
 * Holds the token of a sign-in waiting for its second factor, for a few minutes. Sent site-wide
 * (not only to /login): the Welsh sign-in pages live at /cy/login.
 */
export function signInChallengeCookie() {
  const env = getEnv()
  challengeCookie ??= createCookie('chorus_sign_in', {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.NODE_ENV === 'production' && !env.CHORUS_OFFLINE,
    path: '/',
    maxAge: CHALLENGE_TTL_MS / 1000,
    secrets: [env.sessionSecret],
  })
  return challengeCookie
}

/**
 * After a correct password: a session straight away, or, when the account has an authenticator
 * app, a redirect to the page that asks for its code.
 */
export async function startSignIn(request: Request, userId: string, redirectTo: string) {
  if (!(await hasSecondFactor(db, userId))) return startSession(request, userId, redirectTo)
  const token = await createSignInChallenge(db, { userId })
  const next = `/login/code?redirectTo=${encodeURIComponent(redirectTo)}`
  return redirect(next, { headers: { 'Set-Cookie': await signInChallengeCookie().serialize(token) } })
}

/**
 * Ends this browser's session and answers the Set-Cookie header that clears its cookie, for the
 * redirect that follows (with its flash message: the two cookies have different names, so the
 * message outlives the session it is about).
 */
export async function endSession(request: Request) {
  const sessionId = await readSessionId(request)
  if (sessionId) await deleteSession(db, sessionId)
  return { 'Set-Cookie': await sessionCookie().serialize('', { maxAge: 0 }) }
}

/** For tests: the cookie header a browser would send for a session id. */
export async function sessionCookieHeader(sessionId: string) {
  return (await sessionCookie().serialize(sessionId)).split(';')[0]
}
