/** Two-step verification: setting up an authenticator app, then signing in with its code and with a recovery code. */
import assert from 'node:assert/strict'
import type { Page, Route } from 'playwright-core'
import { expectHeading, expectPath, expectText, freshTotpCode, hydrated, openPage, readMail, signIn, uniqueEmail, type JourneyContext } from './lib/journey.ts'

async function signOut(page: Page) {
  await page.locator('header').getByRole('button', { name: 'Sign out' }).click()
  await page.locator('header').getByRole('link', { name: 'Sign in', exact: true }).waitFor()
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto('/login')
  await hydrated(page)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname === '/login/code')
  await expectHeading(page, 'Enter your sign-in code')
  await hydrated(page)
}

/** A new account, signed in, with an authenticator app turned on: its password, app secret and recovery codes. */
async function newAccountWithAuthenticator(page: Page) {
  const email = uniqueEmail('totp')
  const password = `e2e passphrase ${Date.now()} harbour`

  await page.goto('/signup')
  await hydrated(page)
  await page.getByLabel('Full name').fill('Nadia Two-Step')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expectHeading(page, 'Check your email')
  const verifyUrl = (await readMail(page, email, 'Confirm your email address for Chorus')).match(/https?:\/\/\S+\/verify-email\?token=\S+/)?.[0]
  assert.ok(verifyUrl, 'the confirmation email carries its link')
  await page.goto(verifyUrl)
  await hydrated(page)
  await page.getByRole('button', { name: 'Confirm email address' }).click()
  await expectText(page, 'Your email address is confirmed')
  await signIn(page, email, password)
  await page.goto('/account')
  await expectText(page, 'This device')

  await page.getByRole('link', { name: 'Set up two-step verification' }).click()
  await expectHeading(page, 'Two-step verification')
  await page.locator('.qr-code svg[role="img"]').waitFor()
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '')
  assert.match(secret, /^[A-Z2-7]{32}$/, 'the setup key is shown as text')
  await hydrated(page)
  await page.getByLabel('Code from the app').fill(await freshTotpCode(secret))
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click()
  await expectText(page, 'Two-step verification is on.')
  const codes = (await page.getByTestId('recovery-codes').locator('code').allInnerTexts()).map((c) => c.trim())
  assert.equal(codes.length, 10, 'ten recovery codes are shown')
  return { email, password, secret, codes }
}

export async function totpEnrolmentThenSignInWithCodeAndRecoveryCode({ browser, baseUrl }: JourneyContext) {
  const { page } = await openPage({ browser, baseUrl })
  const { email, password, secret, codes } = await newAccountWithAuthenticator(page)

  // Signing in now takes the password and then a code from the app.
  await signOut(page)
  await signIn(page, email, password, { totpSecret: secret })
  await expectHeading(page, 'Your account')
  await expectText(page, 'Two-step verification is on')

  // A recovery code works once instead of the app's code.
  await signOut(page)
  await passwordStep(page, email, password)
  await page.getByLabel('Code', { exact: true }).fill(codes[0])
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.waitForURL((url) => url.pathname === '/account')
  await expectHeading(page, 'Your account')

  await signOut(page)
  await passwordStep(page, email, password)
  await page.getByLabel('Code', { exact: true }).fill(codes[0])
  await page.getByRole('button', { name: 'Continue' }).click()
  await expectText(page, 'That code is not right')
  expectPath(page, '/login/code')
}

/**
 * A passkey added beside the app, then used instead of a code. Chromium's virtual authenticator
 * stands in for a phone's or laptop's (it signs as a real device would, and is asked by the page
 * through WebAuthn exactly as one is).
 */
export async function passkeyAddedThenUsedToSignIn({ browser, baseUrl }: JourneyContext) {
  const { context, page } = await openPage({ browser, baseUrl })
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('WebAuthn.enable')
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    })
    const { email, password } = await newAccountWithAuthenticator(page)
    await page.goto('/account/two-factor')
    await hydrated(page)
    await page.getByLabel('Name for a new passkey').fill('Work laptop')
    await page.getByRole('button', { name: 'Add a passkey' }).click()
    await expectText(page, 'Passkey added.')
    await page.getByTestId('passkeys').getByText('Work laptop').first().waitFor()
    const made = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
    assert.equal(made.credentials.length, 1, 'the device holds one passkey for Chorus')

    // The next sign-in takes the password, then the passkey instead of a code. A device answer
    // that arrives garbled is refused in the page's error summary, which takes focus.
    await signOut(page)
    await passwordStep(page, email, password)
    const garble = (route: Route) => {
      const body = route.request().postData() ?? ''
      if (!body.includes('intent=passkey&') && !body.endsWith('intent=passkey')) return route.continue()
      const form = new URLSearchParams(body)
      form.set('response', 'not-json')
      return route.continue({ postData: form.toString() })
    }
    await page.route('**/login/code**', garble)
    await page.getByRole('button', { name: 'Use a passkey' }).click()
    await page.getByRole('alert').filter({ hasText: 'Your device did not send a passkey' }).waitFor()
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
    expectPath(page, '/login/code')
    await page.unroute('**/login/code**', garble)
    await page.getByRole('button', { name: 'Use a passkey' }).click()
    await page.waitForURL((url) => url.pathname === '/account')
    await expectHeading(page, 'Your account')
    const used = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
    assert.ok(used.credentials[0].signCount > made.credentials[0].signCount, 'the passkey signed the sign-in')
    await page.goto('/account/two-factor')
    await page.getByTestId('passkeys').getByText('Work laptop').first().waitFor()
  } finally {
    await context.close()
  }
}
