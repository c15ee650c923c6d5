import { createCookieSessionStorage, redirect } from '@remix-run/node'
import { z } from 'zod'
import { leavesThisLanguage, withoutLocale } from '~/i18n/locale.ts'
import { getEnv } from './env.server.ts'
import { cookiesSecure } from './session.server.ts'

/**
 * A one-off message carried across the redirect that follows a form: an action that succeeds
 * answers 303 to the page to show next (so a refresh never sends the form again) and the message
 * rides in a short-lived cookie that the next page shows once and clears.
 */
const FlashSchema = z.object({
  tone: z.enum(['success', 'info', 'warning']).default('success'),
  /** An English message id (app/i18n), shown in the language of the page that shows it. */
  message: z.string().min(1).max(500),
  /** The values its placeholders take (`{title}`). */
  values: z.record(z.string(), z.union([z.string().max(300), z.number()])).optional(),
  /** Lines for the page redirected to, shown once (new recovery codes); never kept anywhere else. */
  lines: z.array(z.string().max(200)).max(20).optional(),
})

export type Flash = z.input<typeof FlashSchema>
export type ShownFlash = z.output<typeof FlashSchema>

const FLASH_KEY = 'flash' as const
export const FLASH_COOKIE = 'chorus_flash'

let storage: ReturnType<typeof createCookieSessionStorage<Record<string, never>, { [FLASH_KEY]: ShownFlash }>> | undefined
function flashStorage() {
  const env = getEnv()
  storage ??= createCookieSessionStorage<Record<string, never>, { [FLASH_KEY]: ShownFlash }>({
    cookie: { name: FLASH_COOKIE, httpOnly: true, sameSite: 'lax', secure: cookiesSecure(env), path: '/', maxAge: 10 * 60, secrets: [env.sessionSecret] },
  })
  return storage
}

/** The Set-Cookie header that carries `flash` to the next page. */
async function flashCookie(flash: Flash) {
  const store = flashStorage()
  const session = await store.getSession()
  session.flash(FLASH_KEY, FlashSchema.parse(flash))
  return store.commitSession(session)
}

/** 303 to `to` with a message the page there shows once. */
export async function redirectWithFlash(to: string, flash: Flash, init: { headers?: HeadersInit } = {}) {
  const headers = new Headers(init.headers)
  headers.append('Set-Cookie', await flashCookie(flash))
  if (leavesThisLanguage(to)) headers.set('X-Remix-Reload-Document', 'true')
  return redirect(to, { status: 303, headers })
}

const HAS_FLASH = new RegExp(`(?:^|;\\s*)${FLASH_COOKIE}=`)

/**
 * The message waiting for this request, and the header that clears it (null when there is none).
 * A cookie that was tampered with or is malformed shows nothing and is cleared.
 */
export async function readFlash(request: Request): Promise<{ flash: ShownFlash | null; setCookie: string | null }> {
  const cookie = request.headers.get('cookie')
  if (!cookie || !HAS_FLASH.test(cookie)) return { flash: null, setCookie: null }
  const store = flashStorage()
  const session = await store.getSession(cookie)
  const parsed = FlashSchema.safeParse(session.get(FLASH_KEY))
  return { flash: parsed.success ? parsed.data : null, setCookie: await store.destroySession(session) }
}

/**
 * 303 back to the page the form was on (its path and query), with a message to show there. The
 * path is written without its language: Remix adds the Welsh pages' mount (/cy) itself.
 */
export function redirectBackWithFlash(request: Request, flash: Flash, init: { headers?: HeadersInit } = {}) {
  const url = new URL(request.url)
  url.searchParams.delete('index')
  url.searchParams.delete('_data')
  return redirectWithFlash(withoutLocale(url.pathname) + url.search, flash, init)
}
