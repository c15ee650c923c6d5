/**
 * An election as a professional body runs it, on a short real schedule (no clock is moved): an
 * officer opens nominations for the Cymru committee, members in Wales only; four members in Wales
 * stand and support one another (a member in England cannot); the returning officer rejects one
 * with a reason and closes nominations early; then a member asks the candidates a question, the returning officer
 * approves it and every candidate answers; the ballot opens on schedule for members in Wales only;
 * they vote; the result and the returning officer's report are published; the .ics imports.
 *
 * The steps are separate journeys sharing one election (each has the runner's time limit), named so
 * they run in order. Seats: 2, not the 3 — four nominations less one rejected leaves three
 * valid, and three valid for three seats are elected unopposed (no hustings, no ballot) by rule.
 */
import assert from 'node:assert/strict'
import ICAL from 'ical.js'
import type { Page } from 'playwright-core'
import { DEMO, expectHeading, expectText, openPage, readMail, signIn, type JourneyContext } from './lib/journey.ts'

/** Members in Wales from the demo data (password: the demo password). */
const WALES = {
  carys: { email: 'carys.bevan@chorus.test', name: 'Carys Bevan' },
  owain: { email: 'owain.rhys@chorus.test', name: 'Owain Rhys' },
  sian: { email: 'sian.pritchard@chorus.test', name: 'Siân Pritchard' },
  dafydd: { email: 'dafydd.morgan@chorus.test', name: 'Dafydd Morgan' },
}
const CANDIDATES = [WALES.carys, WALES.owain, WALES.sian]
const QUESTION = 'How will you make sure members in rural teams are heard by the committee?'

/** Seconds from the moment nominations open. */
const SCHEDULE = { nominationsClose: 180, opens: 195, closes: 315 }

const election = { id: '', title: `Cymru committee ${new Date().getUTCFullYear() + 2}`, startedAt: 0 }

/** A `datetime-local` value in UK time, to the second. */
function ukLocal(at: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`
}

const at = (seconds: number) => new Date(election.startedAt + seconds * 1000)

async function until(seconds: number) {
  const wait = at(seconds).getTime() - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}

function requireElection() {
  assert.ok(election.id, 'the election was not opened (an earlier step failed)')
}

/** Acts as one person in a fresh browser context. */
async function as<T>(ctx: JourneyContext, email: string, act: (page: Page) => Promise<T>, options: { viewport?: { width: number; height: number } } = {}) {
  const { context, page } = await openPage(ctx, options)
  try {
    await signIn(page, email)
    return await act(page)
  } finally {
    await context.close()
  }
}

export async function cymruElection1NominationsAndSupport(ctx: JourneyContext) {
  // The returning officer opens nominations, for members in Wales only.
  await as(ctx, DEMO.officer, async (page) => {
    await page.goto('/officer/elections/new')
    await page.getByLabel('Title').fill(election.title)
    await page.getByLabel('What the election is for').fill('Members in Wales to sit on the Cymru national committee for two years.')
    await page.getByLabel('Seats to fill').fill('2')
    await page.getByLabel('Wales', { exact: true }).check()
    await page.getByLabel('Supporters each nomination needs').fill('1')
    await page.getByLabel('Word limit for candidates’ statements').fill('50')
    election.startedAt = Date.now()
    await page.getByLabel('Nominations close (UK time)').fill(ukLocal(at(SCHEDULE.nominationsClose)))
    await page.getByLabel('Voting opens (UK time)').fill(ukLocal(at(SCHEDULE.opens)))
    await page.getByLabel('Voting closes (UK time)').fill(ukLocal(at(SCHEDULE.closes)))
    await page.getByRole('button', { name: 'Open nominations' }).click()
    await page.waitForURL(/\/officer\/ballots\/[0-9a-f-]{36}\/nominations$/)
    election.id = new URL(page.url()).pathname.split('/')[3]
    await expectText(page, 'Members in Wales')
  })

  // Four members in Wales stand.
  const nominationOf: Record<string, string> = {}
  for (const m of Object.values(WALES)) {
    await as(ctx, m.email, async (page) => {
      await page.goto(`/ballots/${election.id}/nominations/new`)
      await page.getByRole('button', { name: 'Nominate myself' }).click()
      await page.waitForURL(/\/nominations\/[0-9a-f-]{36}$/)
      nominationOf[m.email] = new URL(page.url()).pathname.split('/').pop()!
    })
  }

  // A member in England cannot support; members in Wales support one another through the shared link.
  await as(ctx, DEMO.member, async (page) => {
    await page.goto(`/ballots/${election.id}/nominations/${nominationOf[WALES.carys.email]}/support`)
    await expectHeading(page, `Support ${WALES.carys.name}’s nomination`)
    await page.getByRole('button', { name: 'Support this nomination' }).click()
    await expectText(page, /your membership is outside it/)
    await expectText(page, 'It has 0.')
  })
  const ring = Object.values(WALES)
  for (const [i, supporter] of ring.entries()) {
    const nominee = ring[(i + 1) % ring.length]
    await as(ctx, supporter.email, async (page) => {
      await page.goto(`/ballots/${election.id}/nominations/${nominationOf[nominee.email]}/support`)
      await page.getByRole('button', { name: 'Support this nomination' }).click()
      await expectText(page, 'You support this nomination.')
    })
  }

  // The returning officer validates three and rejects one with a reason.
  await as(ctx, DEMO.officer, async (page) => {
    await page.goto(`/officer/ballots/${election.id}/nominations`)
    for (const c of CANDIDATES) {
      await page.getByTestId('nomination').filter({ hasText: c.name }).getByRole('button', { name: 'Valid' }).click()
      await expectText(page, 'The nomination is valid. We have emailed the nominee.')
    }
    const dafydd = page.getByTestId('nomination').filter({ hasText: WALES.dafydd.name })
    await dafydd.getByLabel('Reason (needed to reject; sent to the nominee)').fill('Your statement names a colleague without their consent.')
    await dafydd.getByRole('button', { name: 'Reject' }).click()
    await expectText(page, 'The nomination is rejected. We have emailed the nominee the reason.')
    // With every nomination decided, the returning officer closes nominations now rather than wait.
    await page.goto(`/officer/ballots/${election.id}/nominations/close`)
    await expectText(page, '3 valid nominations become the candidates for 2 seats.')
    await page.getByLabel('Reason (optional; kept in the audit log)').fill('Every nomination has been decided.')
    await page.getByRole('button', { name: 'Yes, close nominations now' }).click()
    await expectText(page, 'Nominations are closed. The valid nominations are the candidates, and the ballot opens as scheduled.')
  })
  await as(ctx, WALES.dafydd.email, async (page) => {
    await page.goto(`/ballots/${election.id}/nominations/${nominationOf[WALES.dafydd.email]}`)
    await expectText(page, 'Your statement names a colleague without their consent.')
  })
}

export async function cymruElection2Hustings(ctx: JourneyContext) {
  requireElection()

  // After the close, a member in Wales asks the candidates a question from the ballot page's link.
  await as(ctx, WALES.dafydd.email, async (page) => {
    await page.goto(`/ballots/${election.id}`)
    await page.getByRole('link', { name: 'Hustings: ask the candidates a question' }).click()
    await page.waitForURL(/\/hustings$/)
    await expectHeading(page, `Hustings: ${election.title}`)
    await page.getByLabel('Your question to the candidates').fill(QUESTION)
    await page.getByRole('button', { name: 'Send my question' }).click()
    await expectText(page, 'Your question will appear here once the returning officer approves it.')
    assert.equal(await page.getByText(QUESTION).count(), 0, 'the question shows before it is approved')
  })
  // A member in England cannot ask.
  await as(ctx, DEMO.member, async (page) => {
    await page.goto(`/ballots/${election.id}/hustings`)
    await expectText(page, 'You cannot ask a question in these hustings.')
    assert.equal(await page.getByLabel('Your question to the candidates').count(), 0)
  })
  // The returning officer approves it; the candidates are emailed.
  await as(ctx, DEMO.officer, async (page) => {
    await page.goto(`/officer/ballots/${election.id}/hustings`)
    await page.getByTestId('hustings-pending').filter({ hasText: QUESTION }).getByRole('button', { name: 'Approve' }).click()
    await expectText(page, 'The question is approved and published. We have emailed the candidates.')
  })
  {
    const { context, page } = await openPage(ctx)
    try {
      const mail = await readMail(page, WALES.carys.email, `A hustings question for the candidates in ${election.title}`)
      assert.match(mail, /rural teams/)
      assert.match(mail, new RegExp(`/ballots/${election.id}/hustings/[0-9a-f-]{36}/answer`))
    } finally {
      await context.close()
    }
  }
  // Every candidate answers, once.
  for (const c of CANDIDATES) {
    await as(ctx, c.email, async (page) => {
      await page.goto(`/ballots/${election.id}/hustings`)
      await page.getByRole('link', { name: 'Answer this question' }).click()
      await page.waitForURL(/\/answer$/)
      await page.getByLabel('Your answer').fill(`${c.name.split(' ')[0]} says: a **quarterly** meeting in every branch, in Welsh and English.`)
      await page.getByRole('button', { name: 'Publish my answer' }).click()
      await expectText(page, 'Your answer is published beside the other candidates’ answers.')
      assert.equal(await page.getByRole('link', { name: 'Answer this question' }).count(), 0, 'a candidate is offered a second answer')
    })
  }
  // Anyone reads every answer side by side; on a 320 px phone the page does not scroll sideways.
  const { context, page } = await openPage(ctx, { viewport: { width: 320, height: 640 } })
  try {
    await page.goto(`/ballots/${election.id}/nominations`)
    await page.getByRole('link', { name: 'Hustings: questions to the candidates and their answers' }).click()
    await page.waitForURL(/\/hustings$/)
    const question = page.getByTestId('hustings-question').filter({ hasText: QUESTION })
    await question.waitFor()
    const answers = question.getByTestId('hustings-answer')
    assert.equal(await answers.count(), CANDIDATES.length)
    for (const c of CANDIDATES) {
      const answer = answers.filter({ hasText: c.name })
      assert.match(await answer.innerText(), new RegExp(`${c.name.split(' ')[0]} says: a quarterly meeting`))
      assert.equal(await answer.locator('strong').innerText(), 'quarterly')
    }
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'the hustings page scrolls sideways at 320 px')
    await page.goto(`/cy/ballots/${election.id}/hustings`)
    await expectHeading(page, `Hystings: ${election.title}`)
    assert.equal(await page.getByTestId('hustings-answer').count(), CANDIDATES.length)
  } finally {
    await context.close()
  }
}

export async function cymruElection3VotingResultAndReport(ctx: JourneyContext) {
  requireElection()
  await until(SCHEDULE.opens + 3)
  // Members in Wales vote (the rejected nominee too); a member in England cannot.
  const papers: [typeof WALES.carys, string[]][] = [
    [WALES.carys, [WALES.carys.name, WALES.sian.name]],
    [WALES.owain, [WALES.owain.name, WALES.carys.name]],
    [WALES.sian, [WALES.carys.name, WALES.sian.name]],
    [WALES.dafydd, [WALES.carys.name, WALES.owain.name]],
  ]
  for (const [voter, ranking] of papers) {
    await as(ctx, voter.email, async (page) => {
      await page.goto(`/ballots/${election.id}`)
      for (const [i, name] of ranking.entries()) await page.getByLabel(name, { exact: true }).fill(String(i + 1))
      await page.getByRole('button', { name: 'Cast my vote' }).click()
      await expectHeading(page, 'Your vote is cast')
    })
  }
  const calendarHref = await as(ctx, DEMO.member, async (page) => {
    await page.goto(`/ballots/${election.id}`)
    await expectText(page, 'You cannot vote in this ballot.')
    assert.equal(await page.getByRole('button', { name: 'Cast my vote' }).count(), 0)
    // The voting dates import into a calendar (read with ical.js, a maintained parser).
    const href = await page.getByRole('link', { name: 'Add to your calendar' }).getAttribute('href')
    assert.ok(href)
    const response = await page.request.get(href)
    assert.equal(response.status(), 200)
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    assert.deepEqual(
      events.map((e) => e.uid),
      [`chorus-ballot-${election.id}-voting@chorus`, `chorus-ballot-${election.id}-closing@chorus`],
    )
    assert.equal(Math.abs(events[0].startDate.toJSDate().getTime() - at(SCHEDULE.opens).getTime()) < 1000, true, 'the calendar says when voting opens')
    return href
  })
  assert.ok(calendarHref)

  // At the close the votes are counted; the result and the returning officer's report are published.
  await until(SCHEDULE.closes + 3)
  const { context, page } = await openPage(ctx)
  try {
    for (let tries = 0; ; tries++) {
      await page.goto(`/ballots/${election.id}/results`)
      if ((await page.getByRole('link', { name: 'Returning officer’s report' }).count()) > 0) break
      assert.ok(tries < 20, 'the result was not published within 20 s of the close')
      await page.waitForTimeout(1000)
    }
    await expectText(page, WALES.carys.name)
    await page.getByRole('link', { name: 'Returning officer’s report' }).click()
    await page.waitForURL(/\/report$/)
    await expectText(page, 'Returning officer’s report')
    await expectText(page, 'Members in Wales')
    await expectText(page, /Stage 1/)
    const pdf = await page.request.get(`/ballots/${election.id}/report.pdf`)
    assert.equal(pdf.status(), 200)
    assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-')
  } finally {
    await context.close()
  }
}
cymruElection3VotingResultAndReport.timeoutMs = 420_000
