import type { LoaderFunctionArgs } from '@remix-run/node'
import type { Role } from '../../db/schema/index.ts'
import type { Db } from '../../db/client.server.ts'
import { totpCredentials, users } from '../../db/schema/index.ts'
import { sealTotpSecret } from '../../app/domain/auth/totp-secret.server.ts'
import { hashPassword } from '../../app/domain/auth/password.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { FLASH_COOKIE, readFlash } from '../../app/utils/flash.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'

export const ORIGIN = 'http://localhost:3000'

type Handler = (args: LoaderFunctionArgs) => unknown

export interface RouteResult {
  status: number
  headers: Headers
  /** The returned data, the thrown Response's text, or null. */
  body: unknown
}

/** Calls a loader or action as Remix would, and reports what the browser would get. */
export async function callRoute(
  handler: Handler,
  options: {
    path?: string
    method?: string
    form?: Record<string, string> | [string, string][]
    cookie?: string
    origin?: string | null
    params?: Record<string, string>
    /** A raw body instead of `form`, sent with `contentType` (FormData sets its own). */
    body?: BodyInit
    contentType?: string
    headers?: Record<string, string>
    /** What the server passes beside the request, e.g. `{ remoteAddress }`. */
    context?: Record<string, unknown>
  } = {},
): Promise<RouteResult> {
  const method = options.method ?? (options.form || options.body !== undefined ? 'POST' : 'GET')
  const headers = new Headers(options.headers)
  if (options.cookie) headers.set('cookie', options.cookie)
  if (method !== 'GET' && options.origin !== null) headers.set('origin', options.origin ?? ORIGIN)
  const body = options.body ?? (options.form ? new URLSearchParams(options.form) : undefined)
  if (options.contentType) headers.set('content-type', options.contentType)
  else if (options.form && options.body === undefined) headers.set('content-type', 'application/x-www-form-urlencoded')
  const request = new Request(`${ORIGIN}${options.path ?? '/'}`, { method, headers, body, duplex: 'half' } as RequestInit)
  let result: unknown
  try {
    result = await handler({ request, params: options.params ?? {}, context: options.context ?? {} } as LoaderFunctionArgs)
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown
    result = thrown
  }
  if (result instanceof Response) {
    const text = await result.text()
    return { status: result.status, headers: result.headers, body: text }
  }
  if (result && typeof result === 'object' && 'type' in result && result.type === 'DataWithResponseInit') {
    const { data, init } = result as unknown as { data: unknown; init?: ResponseInit | null }
    return { status: init?.status ?? 200, headers: new Headers(init?.headers), body: data }
  }
  return { status: 200, headers: new Headers(), body: result ?? null }
}

/**
 * What a form's answer leaves for the next page: a 303 and the one-off message (with its lines)
 * that page shows. Null when the answer is not a redirect with a message.
 */
export async function flashOf(result: RouteResult) {
  if (result.status !== 303) return null
  const cookie = result.headers.getSetCookie().find((c) => c.startsWith(`${FLASH_COOKIE}=`))
  if (!cookie) return null
  const { flash } = await readFlash(new Request(ORIGIN, { headers: { cookie: cookie.split(';')[0] } }))
  return flash ? { ...flash, location: result.headers.get('location') } : null
}

/**
 * The cookie header a browser sends next, after it has taken `result`'s Set-Cookie headers in
 * order over the cookies it had: a value replaces one of the same name, an emptied or expired
 * cookie is dropped.
 */
export function cookiesAfter(before: string, result: { headers: Headers }) {
  const jar = new Map<string, string>()
  for (const pair of before.split(/;\s*/).filter(Boolean)) jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1))
  for (const header of result.headers.getSetCookie()) {
    const [pair, ...attributes] = header.split(/;\s*/)
    const name = pair.slice(0, pair.indexOf('='))
    const value = pair.slice(pair.indexOf('=') + 1)
    const expired = attributes.some((a) => /^max-age=(0|-\d+)$/i.test(a) || /^expires=Thu, 01 Jan 1970/i.test(a))
    if (!value || expired) jar.delete(name)
    else jar.set(name, value)
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
}

let counter = 0
const hashes = new Map<string, Promise<string>>()
/** Hashing is deliberately slow; many test users share one password, so its hash is made once. */
function hashOnce(password: string) {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password))
  return hashes.get(password)!
}

export async function createUser(db: Db, input: { role?: Role; email?: string; password?: string; verified?: boolean; secondFactor?: boolean } = {}) {
  counter += 1
  const password = input.password ?? 'correct horse battery staple'
  const [user] = await db
    .insert(users)
    .values({
      name: `Test Person ${counter}`,
      email: input.email ?? `person${counter}-${Date.now()}@example.test`,
      passwordHash: await hashOnce(password),
      role: input.role ?? 'member',
      emailVerifiedAt: input.verified === false ? null : new Date(),
    })
    .returning()
  // Officers and admins need an authenticator app before their pages open; tests give theirs one
  // with a known secret, so a test can also compute its codes (totpCode(TEST_TOTP_SECRET)).
  if (input.secondFactor ?? (user.role === 'officer' || user.role === 'admin')) {
    await db.insert(totpCredentials).values({ userId: user.id, secret: sealTotpSecret(user.id, TEST_TOTP_SECRET), confirmedAt: new Date() })
  }
  return { ...user, password }
}

/** The authenticator secret createUser gives officers and admins (tests only). */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

/** A signed-in browser's cookie header for a new user with the role. */
export async function signedInAs(db: Db, role: Role) {
  const user = await createUser(db, { role })
  const session = await createSession(db, { userId: user.id })
  return { user, cookie: await sessionCookieHeader(session.id) }
}
