/** Members vote in the demo motion and election, keep a receipt and check it; others are told why they cannot. */
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { DEMO, expectHeading, expectText, hydrated, openPage, signIn, type JourneyContext } from './lib/journey.ts'

async function openBallot(page: Page, kind: RegExp) {
  await page.goto('/ballots')
  await page.getByRole('link', { name: kind }).first().click()
  await page.waitForURL(/\/ballots\/[0-9a-f-]{36}$/)
}

async function checkReceipt(page: Page, receipt: string, javaScript: boolean) {
  await page.getByRole('link', { name: 'Check your receipt' }).click()
  await page.waitForURL(/\/verify$/)
  if (javaScript) await hydrated(page)
  await page.getByLabel('Receipt code').fill(receipt.toLowerCase())
  await page.getByRole('button', { name: 'Check' }).click()
  await expectText(page, 'Your vote is in the ballot box.')
}

export async function memberVotesInMotionAndChecksReceipt(ctx: JourneyContext) {
  const { context, page } = await openPage(ctx)
  try {
    await signIn(page, DEMO.member)
    await openBallot(page, /caseload limit/)
    await hydrated(page)
    await page.getByLabel('For', { exact: true }).check()
    await page.getByRole('button', { name: 'Cast my vote' }).click()
    await expectText(page, 'Your receipt code is')
    await expectHeading(page, 'Your vote is cast')
    const receipt = (await page.getByTestId('receipt').innerText()).trim()
    assert.match(receipt, /^([0-9A-Z]{4}-){6}[0-9A-Z]{2}$/)
    await checkReceipt(page, receipt, true)
    await openBallot(page, /caseload limit/)
    await expectText(page, 'You have voted.')
  } finally {
    await context.close()
  }
}

export async function memberRanksCandidatesWithoutJavaScript(ctx: JourneyContext) {
  const { context, page } = await openPage(ctx, { javaScriptEnabled: false })
  try {
    await signIn(page, DEMO.officer, undefined, { javaScript: false })
    await openBallot(page, /Practice Council/)
    // A gap in the numbering is explained, and nothing is cast.
    await page.getByLabel('Mhairi Baxter').fill('1')
    await page.getByLabel('Ruth Asante').fill('3')
    await page.getByRole('button', { name: 'Cast my vote' }).click()
    await expectText(page, 'You skipped 2. Number your choices 1, 2, 3… without gaps.')
    await page.getByLabel('Ruth Asante').fill('2')
    await page.getByRole('button', { name: 'Cast my vote' }).click()
    await expectText(page, 'Your receipt code is')
    await expectHeading(page, 'Your vote is cast')
    const receipt = (await page.getByTestId('receipt').innerText()).trim()
    await checkReceipt(page, receipt, false)
  } finally {
    await context.close()
  }
}

export async function journalistIsToldWhyTheyCannotVote(ctx: JourneyContext) {
  const { context, page } = await openPage(ctx)
  try {
    await signIn(page, DEMO.journalist)
    await openBallot(page, /caseload limit/)
    await expectText(page, 'You cannot vote in this ballot.')
    await expectText(page, /Only members can vote|not on the electorate/)
    assert.equal(await page.getByRole('button', { name: 'Cast my vote' }).count(), 0)
  } finally {
    await context.close()
  }
}
