/** What a journey receives, and the few helpers journeys share. */
import assert from 'node:assert/strict'
import type { Browser, BrowserContext, BrowserContextOptions, Cookie, Page } from 'playwright-core'
import { totpCode, totpStep } from '../../../app/domain/auth/totp.ts'
import { DEMO_TOTP_SECRET } from '../../../db/demo-data.ts'

export interface JourneyContext {
  browser: Browser
  baseUrl: string
  /** Everything the server has logged so far. */
  serverLog?: () => string
}

/** A journey may carry `timeoutMs` when it needs longer than the runner's default (E2E_TEST_TIMEOUT_MS, 180 s). */
export type Journey = ((ctx: JourneyContext) => Promise<void>) & { timeoutMs?: number }

export const DEMO_PASSWORD = 'chorus-demo-password'
export const DEMO = {
  admin: 'admin@chorus.test',
  officer: 'officer@chorus.test',
  member: 'member@chorus.test',
  journalist: 'journalist@chorus.test',
} as const

/** The demo officer and admin have an authenticator app with a secret known to the demo data. */
export const DEMO_TOTP: Record<string, string> = { [DEMO.admin]: DEMO_TOTP_SECRET, [DEMO.officer]: DEMO_TOTP_SECRET }

const lastStep = new Map<string, number>()
/**
 * A code the server has not seen yet for `secret`: each code works once, and journeys sign in as
 * the demo officer often, so a step already used moves on to the next (the server accepts one
 * step ahead) or waits for the app's clock to get there.
 */
export async function freshTotpCode(secret: string) {
  for (;;) {
    const now = totpStep()
    const step = Math.max(now, (lastStep.get(secret) ?? -1) + 1)
    if (step <= now + 1) {
      lastStep.set(secret, step)
      return totpCode(secret, Date.now(), step)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

let counter = 0
/** An address no earlier run has used. */
export function uniqueEmail(label = 'e2e') {
  return `${label}-${Date.now()}-${process.pid}-${++counter}@example.test`
}

/** A fresh browser context (own cookies) with the site as base URL, and one page in it. */
export async function openPage(ctx: JourneyContext, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await ctx.browser.newContext({ baseURL: ctx.baseUrl, ...options })
  context.setDefaultTimeout(10_000)
  context.setDefaultNavigationTimeout(20_000)
  const page = await context.newPage()
  return { context, page }
}

/** Waits until Remix has hydrated the page (only meaningful with JavaScript enabled). */
export async function hydrated(page: Page) {
  // A page for reading only (route handle `hydrate: false`) carries no module script and never hydrates.
  await page.waitForFunction(
    () => document.querySelector('script[type="module"]') === null || (window as unknown as { __remixRouter?: { state?: { initialized?: boolean } } }).__remixRouter?.state?.initialized === true,
  )
}

/**
 * Signs in through the /login form and waits to land on `landOn` (default /account).
 * `from: null` uses the sign-in form already on the page instead of opening /login.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, options: { javaScript?: boolean; from?: string | null; landOn?: string; totpSecret?: string } = {}) {
  // Sign-in is rate limited per account (10 in 15 minutes), and many journeys act as the same
  // demo officer: a plain sign-in reuses that account's session from an earlier journey, while
  // it is young enough that publishing or opening a ballot does not ask "confirm it's you".
  const plain = options.from === undefined && options.landOn === undefined && password === DEMO_PASSWORD
  const saved = plain ? signedIn.get(email) : undefined
  if (saved && Date.now() - saved.at < 10 * 60_000) {
    await page.context().addCookies(saved.cookies)
    await page.goto('/account')
    if (['/account', '/cy/account'].includes(new URL(page.url()).pathname)) {
      if (options.javaScript !== false) await hydrated(page)
      return
    }
    await page.context().clearCookies()
  }
  if (options.from !== null) await page.goto(options.from ?? '/login')
  if (options.javaScript !== false) await hydrated(page)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  // Officers and admins land on the officer dashboard, journalists in the press room, members on their account.
  const landOn = options.landOn ?? ({ [DEMO.officer]: '/officer', [DEMO.admin]: '/officer', [DEMO.journalist]: '/press' } as Record<string, string>)[email] ?? '/account'
  // A member who chose Welsh lands on the Welsh page of the same place.
  const landed = (url: URL) => url.pathname === landOn || url.pathname === `/cy${landOn}`
  await page.waitForURL((url) => landed(url) || url.pathname === '/login/code')
  if (new URL(page.url()).pathname === '/login/code') {
    const secret = options.totpSecret ?? DEMO_TOTP[email]
    assert.ok(secret, `${email} is asked for a sign-in code but the journey knows no authenticator secret for it`)
    if (options.javaScript !== false) await hydrated(page)
    await page.getByLabel('Code', { exact: true }).fill(await freshTotpCode(secret))
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForURL(landed)
  }
  if (plain) signedIn.set(email, { cookies: await page.context().cookies(), at: Date.now() })
}

const signedIn = new Map<string, { cookies: Cookie[]; at: number }>()

/**
 * Fails unless the page's (first) h1 comes to read exactly `text` within a few seconds: after a
 * client-side navigation the address changes before the new page is drawn.
 */
export async function expectHeading(page: Page, text: string) {
  const h1 = page.locator('h1').first()
  await h1.waitFor()
  const until = Date.now() + 10_000
  let seen = (await h1.innerText()).trim()
  while (seen !== text && Date.now() < until) {
    await page.waitForTimeout(100)
    seen = (await h1.innerText()).trim()
  }
  assert.equal(seen, text, `h1 on ${page.url()}`)
}

/** Fails unless `text` shows on the page within the default timeout. */
export async function expectText(page: Page, text: string | RegExp) {
  try {
    await page.getByText(text).first().waitFor({ state: 'visible' })
  } catch {
    const body = (
      await page
        .locator('body')
        .innerText()
        .catch(() => '')
    ).slice(0, 1500)
    assert.fail(`expected ${JSON.stringify(String(text))} on ${page.url()}; the page says:\n${body}`)
  }
}

export function expectPath(page: Page, pathname: string) {
  assert.equal(new URL(page.url()).pathname, pathname, `URL is ${page.url()}`)
}

/**
 * Opens the newest message to `recipient` in the dev mailbox and returns its plain text. Mail
 * leaves through the outbox worker, so the mailbox is reloaded until the message arrives.
 */
export async function readMail(page: Page, recipient: string, subject: string, timeoutMs = 30_000) {
  // The subject is the link; the recipient is in the link or in the same row or list item.
  const inRow = page.locator('tr, li').filter({ hasText: recipient }).getByRole('link').filter({ hasText: subject })
  const inLink = page.getByRole('link').filter({ hasText: recipient }).filter({ hasText: subject })
  const link = inRow.or(inLink).first()
  const deadline = Date.now() + timeoutMs
  for (;;) {
    await page.goto('/dev/mail')
    if (await link.isVisible()) break
    assert.ok(Date.now() < deadline, `no "${subject}" email to ${recipient} in /dev/mail after ${timeoutMs / 1000} s`)
    await page.waitForTimeout(500)
  }
  await link.click()
  const text = page.getByTestId('mail-text')
  await text.waitFor()
  return text.innerText()
}
