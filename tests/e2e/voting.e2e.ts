/** Members vote in the demo motion and election, keep a receipt and check it; others are told why they cannot. */
import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import ICAL from 'ical.js'
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

/**
 * A cast vote redirects back to the ballot (a refresh cannot send it again); the receipt is not in
 * the address, and a refresh in the next few minutes shows it again.
 */
async function expectReceiptSurvivesRefresh(page: Page, ballotId: string, receipt: string) {
  assert.equal(new URL(page.url()).pathname, `/ballots/${ballotId}`)
  assert.ok(!page.url().toUpperCase().includes(receipt.slice(0, 9)), `the receipt is not in ${page.url()}`)
  await page.reload()
  await expectHeading(page, 'Your vote is cast')
  assert.equal((await page.getByTestId('receipt').innerText()).trim(), receipt)
}

/** The events of an .ics file the page links to, read with a maintained iCalendar parser. */
async function calendarEvents(page: Page, href: string | null) {
  assert.ok(href, 'a calendar link')
  const response = await page.request.get(href)
  assert.equal(response.status(), 200)
  assert.match(response.headers()['content-type'] ?? '', /^text\/calendar/)
  const calendar = new ICAL.Component(ICAL.parse(await response.text()))
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v)
    return { uid: event.uid, summary: event.summary, start: event.startDate.toJSDate(), end: event.endDate.toJSDate() }
  })
}

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)
  assert.deepEqual(serious, [])
}

/** Anyone can read the returning officer's report of a counted election, in print and as a PDF, in both languages. */
export async function visitorReadsReturningOfficersReport(ctx: JourneyContext) {
  const { context, page } = await openPage(ctx)
  try {
    await page.goto('/ballots')
    await page.getByRole('link', { name: /Ethics Committee/ }).click()
    await page.waitForURL(/\/ballots\/[0-9a-f-]{36}\/results$/)
    await page.getByRole('link', { name: 'Returning officer’s report' }).click()
    await page.waitForURL(/\/report$/)
    await expectText(page, 'Returning officer’s report')
    await expectText(page, 'Stage 1: First preferences — elected: Siân Pritchard')
    await expectText(page, 'Daniel Mensah')
    await expectNoSeriousAxeViolations(page)
    const pdf = await page.request.get(`${new URL(page.url()).pathname}.pdf`)
    assert.equal(pdf.status(), 200)
    assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-')
    await page.goto(`/cy${new URL(page.url()).pathname}`)
    await expectText(page, 'Adroddiad y swyddog canlyniadau')
    await expectText(page, 'Cam 1: Dewisiadau cyntaf — etholwyd: Siân Pritchard')
    await expectNoSeriousAxeViolations(page)
  } finally {
    await context.close()
  }
}

export async function memberVotesInMotionAndChecksReceipt(ctx: JourneyContext) {
  const { context, page } = await openPage(ctx)
  try {
    await signIn(page, DEMO.member)
    await openBallot(page, /caseload limit/)
    await hydrated(page)
    const ballotId = new URL(page.url()).pathname.split('/').pop()!
    // The voting dates import into a calendar, with UIDs fixed by the ballot.
    const dates = await calendarEvents(page, await page.getByRole('link', { name: 'Add to your calendar' }).getAttribute('href'))
    assert.deepEqual(
      dates.map((e) => e.uid),
      [`chorus-ballot-${ballotId}-voting@chorus`, `chorus-ballot-${ballotId}-closing@chorus`],
    )
    assert.match(dates[0].summary, /^Motion open for voting: .*caseload limit/)
    await page.getByLabel('For', { exact: true }).check()
    await page.getByRole('button', { name: 'Cast my vote' }).click()
    await expectText(page, 'Your receipt code is')
    await expectHeading(page, 'Your vote is cast')
    const receipt = (await page.getByTestId('receipt').innerText()).trim()
    assert.match(receipt, /^([0-9A-Z]{4}-){6}[0-9A-Z]{2}$/)
    await expectReceiptSurvivesRefresh(page, ballotId, receipt)
    // The receipt says when the result is published, and offers that moment for a calendar.
    await expectText(page, /The result will be published when voting closes/)
    const results = await calendarEvents(page, await page.getByRole('link', { name: 'Add the results date to your calendar' }).getAttribute('href'))
    assert.equal(results.length, 1)
    assert.equal(results[0].uid, `chorus-ballot-${ballotId}-results@chorus`)
    assert.equal(results[0].end.getTime() > dates[1].start.getTime(), true)
    await checkReceipt(page, receipt, true)
    // Back on the ballot within minutes, the receipt is still shown; once it lapses, the page says she voted.
    await openBallot(page, /caseload limit/)
    assert.equal((await page.getByTestId('receipt').innerText()).trim(), receipt)
    await context.clearCookies({ name: /^chorus_receipt_/ })
    await page.reload()
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
    // In the summary, linked to the first box, and beside the boxes, with the numbers typed kept.
    await page.getByRole('alert').getByRole('link', { name: 'You skipped 2. Number your choices 1, 2, 3… without gaps.' }).waitFor()
    await expectText(page, 'Error: You skipped 2. Number your choices 1, 2, 3… without gaps.')
    assert.equal(await page.getByLabel('Mhairi Baxter').inputValue(), '1')
    await page.getByLabel('Ruth Asante').fill('2')
    await page.getByRole('button', { name: 'Cast my vote' }).click()
    await expectText(page, 'Your receipt code is')
    await expectHeading(page, 'Your vote is cast')
    const receipt = (await page.getByTestId('receipt').innerText()).trim()
    await expectReceiptSurvivesRefresh(page, new URL(page.url()).pathname.split('/').pop()!, receipt)
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
