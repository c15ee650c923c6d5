/** Who may see the officer dashboard. */
import assert from 'node:assert/strict'
import { DEMO, expectHeading, expectPath, openPage, signIn, type JourneyContext } from './lib/journey.ts'

export async function memberIsRefusedOfficerDashboard(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await signIn(page, DEMO.member)
  const response = await page.goto('/officer')
  assert.equal(response?.status(), 403)
  await expectHeading(page, 'You do not have access to this page')
}

export async function officerSeesOfficerDashboard(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await signIn(page, DEMO.officer)
  const response = await page.goto('/officer')
  assert.equal(response?.status(), 200)
  await expectHeading(page, 'Officer dashboard')
}

export async function officerSigningInFromRedirectReturnsToDashboard(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  await page.goto('/officer')
  expectPath(page, '/login')
  await signIn(page, DEMO.officer, undefined, { from: null, landOn: '/officer' })
  await expectHeading(page, 'Officer dashboard')
}

export async function anonymousVisitorIsSentToSignIn(ctx: JourneyContext) {
  const { page } = await openPage(ctx)
  const response = await page.goto('/officer')
  const url = new URL(page.url())
  expectPath(page, '/login')
  assert.equal(url.search, '?redirectTo=%2Fofficer')
  assert.ok(response?.request().redirectedFrom(), 'reached /login by a redirect')
}
