/** Signing up, confirming the email address, signing out and in again; a wrong password. */
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { DEMO, expectHeading, expectPath, expectText, hydrated, openPage, readMail, signIn, uniqueEmail, type JourneyContext } from './lib/journey.ts'

const VERIFY_SUBJECT = 'Confirm your email address for Chorus'

export async function signUpVerifySignOutSignIn({ browser, baseUrl }: JourneyContext) {
  const { page } = await openPage({ browser, baseUrl })
  const email = uniqueEmail('signup')
  const password = `e2e passphrase ${Date.now()} river`

  await page.goto('/signup')
  await hydrated(page)
  await page.getByLabel('Full name').fill('Amara Okonjo-Test')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Create account' }).click()
  // The same answer whether or not the address has an account: nobody is signed in yet.
  await page.getByRole('heading', { name: 'Check your email' }).waitFor()
  await expectHeading(page, 'Check your email')
  await expectText(page, email)

  const mail = await readMail(page, email, VERIFY_SUBJECT)
  const verifyUrl = mail.match(/https?:\/\/\S+\/verify-email\?token=\S+/)?.[0]
  assert.ok(verifyUrl, `no verify link in the email:\n${mail}`)

  await page.goto(verifyUrl)
  await expectHeading(page, 'Confirm your email address')
  await hydrated(page)
  await page.getByRole('button', { name: 'Confirm email address' }).click()
  await expectText(page, 'Your email address is confirmed')

  await signIn(page, email, password)
  await expectHeading(page, 'Your account')
  await expectText(page, email)
}

export async function wrongPasswordShowsErrorSummary({ browser, baseUrl }: JourneyContext) {
  const { page } = await openPage({ browser, baseUrl })
  await page.goto('/login')
  await hydrated(page)
  await page.getByLabel('Email address').fill(DEMO.member)
  await page.getByLabel('Password', { exact: true }).fill('not-the-password')
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/login'))
  await page.getByRole('button', { name: 'Sign in' }).click()
  assert.equal((await posted).status(), 400, 'status of the failed sign-in')
  await checkErrorSummary(page)
  expectPath(page, '/login')
}

export async function wrongPasswordWithoutJavaScript({ browser, baseUrl }: JourneyContext) {
  const { page } = await openPage({ browser, baseUrl }, { javaScriptEnabled: false })
  await page.goto('/login')
  await page.getByLabel('Email address').fill(DEMO.member)
  await page.getByLabel('Password', { exact: true }).fill('not-the-password')
  const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Sign in' }).click()])
  assert.equal(response?.status(), 400, 'status of the failed sign-in')
  await checkErrorSummary(page)
}

async function checkErrorSummary(page: Page) {
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) })
  await summary.waitFor()
  assert.match(await summary.innerText(), /The email address or password is incorrect/)
}
