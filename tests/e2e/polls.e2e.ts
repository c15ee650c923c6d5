/**
 * A pulse poll from question to press line: an officer asks members in England two questions,
 * members answer (one from the email's link with JavaScript off), the officer watches the count,
 * closes early, publishes, and puts the figure into a briefing that goes out; the public results
 * page carries the methodology.
 *
 * Figures of fewer than 10 people are never published, so the journey needs 10 respondents: the
 * three demo members in England (member, officer, admin) and seven social workers in England who
 * join (JavaScript off, two at a time, the quickest way through the Stripe emulator, each from
 * an address of their own) before the poll is sent. All ten give the same answer to question 1, so that
 * figure (n = 10) can be published and quoted; their answers to question 2 are spread, so each of
 * its counts is under 10 and shown as [c].
 */
import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { DEMO, expectHeading, expectText, hydrated, openPage, readMail, signIn, uniqueEmail, type JourneyContext } from './lib/journey.ts'

const Q1 = 'My caseload is safe for the children and adults I work with.'
const Q2 = 'In the last month, how often did you stay late to finish casework?'
const LATE = ['Never', 'Once or twice', 'Every week', 'Most days']
const JOINERS = 7

// Seven digits after SW, so these never meet the six-digit numbers the joining journeys use.
let registration = 9_000_000 + (Date.now() % 900_000)

/**
 * A social worker in England joins and pays by card, JavaScript off; the page stays signed in as
 * them. Each joins from an address of their own (the journeys' server trusts one proxy), as seven
 * people at seven desks would: sign-ups from one address are throttled.
 */
async function joinInEngland(ctx: JourneyContext, n: number) {
  const member = await openPage(ctx, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${n}` } })
  const { page } = member
  await page.goto('/join')
  await page.getByLabel('Full name').fill(`Poll Respondent ${n}`)
  await page.getByLabel('Email address').fill(uniqueEmail('poll'))
  await page.getByLabel('Create a password').fill('a long enough password')
  await page.getByLabel(/^Full — £180\.00 a year/).check()
  await page.getByLabel('Once a year').check()
  await page.getByLabel('Regulator').selectOption('swe')
  await page.getByLabel('Registration number').fill(`SW${++registration}`)
  await page.getByLabel('Nation').selectOption('england')
  await page.getByLabel('Branch').selectOption('North West')
  await page.getByLabel('Sector').selectOption('children')
  await page.getByLabel('I agree to the Chorus membership terms and the code of conduct').check()
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await page.waitForURL(/\/checkout\/cs_/)
  await page.getByLabel('Card number').fill('4242 4242 4242 4242')
  await page.getByLabel('Expiry date').fill('12/34')
  await page.getByLabel('Security code').fill('123')
  await page.getByLabel('Name on card').fill(`Poll Respondent ${n}`)
  // The payment goes through the emulator and its webhook before the page answers: slow on a busy machine.
  await page.getByRole('button', { name: /^Pay / }).click({ timeout: 60_000 })
  await page.waitForURL(/\/join\/complete/, { timeout: 60_000 })
  await expectHeading(page, 'Welcome to Chorus')
  return member
}

/** Answers on the poll's page: `late` is question 2's answer; question 1 is "Disagree" unless already ticked from the email. */
async function answer(page: Page, late: string) {
  await page
    .getByRole('group', { name: /Question 1 of 2/ })
    .getByLabel('Disagree', { exact: true })
    .check()
  await page
    .getByRole('group', { name: /Question 2 of 2/ })
    .getByLabel(late, { exact: true })
    .check()
  await page.getByRole('button', { name: 'Send my answers' }).click()
  await expectText(page, 'Thank you. Your answers are in, anonymously.')
}

async function seriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${new URL(page.url()).pathname}: ${v.id}: ${v.help}`)
}

export async function officerPollsMembersAndQuotesTheResultInABriefing(ctx: JourneyContext) {
  const stamp = Date.now()
  const title = `Caseloads after the Eastbrook review ${stamp}`
  const headline = `Social workers say caseloads are unsafe ${stamp}`
  const opened = [] as Array<{ context: { close(): Promise<void> } }>
  const open = async (options?: Parameters<typeof openPage>[1]) => {
    const p = await openPage(ctx, options)
    opened.push(p)
    return p
  }
  try {
    // Seven social workers in England join before the poll is sent (the audience is fixed when it is).
    const joiners: Awaited<ReturnType<typeof joinInEngland>>[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: 2 }, async () => {
        while (next < JOINERS) {
          const joined = await joinInEngland(ctx, ++next)
          opened.push(joined)
          joiners.push(joined)
        }
      }),
    )

    // The officer writes two questions for members in England, previews, and sends.
    const { page: officer } = await open()
    await signIn(officer, DEMO.officer)
    await officer.goto('/officer/polls/new')
    await hydrated(officer)
    await officer.getByLabel('Title').fill(title)
    const q1 = officer.getByRole('group', { name: 'Question 1', exact: true })
    await q1.getByLabel('Wording').fill(Q1)
    await q1.getByLabel('Kind of answer').selectOption('agree5')
    const q2 = officer.getByRole('group', { name: 'Question 2', exact: true })
    await q2.getByLabel('Wording').fill(Q2)
    await q2.getByLabel('Kind of answer').selectOption('single')
    await q2.getByLabel('Options, one per line').fill(LATE.join('\n'))
    await officer.getByRole('group', { name: 'Nations' }).getByLabel('England', { exact: true }).check()
    await officer.getByRole('button', { name: 'Preview' }).click()
    await expectHeading(officer, 'Check your poll before sending')
    const send = officer.getByRole('button', { name: /^Send to \d+ members$/ })
    const audience = Number((await send.innerText()).match(/\d+/)![0])
    assert.ok(audience >= JOINERS + 3, `the audience (${audience}) has the seven who joined and the three demo members in England`)
    await send.click()
    await officer.waitForURL(/\/officer\/polls\/[0-9a-f-]{36}$/)
    await expectText(officer, `Sent. The poll is open and the emails are on their way to ${audience} members.`)
    const pollId = new URL(officer.url()).pathname.split('/').pop()!
    assert.deepEqual(await seriousAxeViolations(officer), [])

    // The demo member opens "Disagree" in the invitation with JavaScript off, signs in, and sends.
    const { page: member } = await open({ javaScriptEnabled: false })
    const mail = await readMail(member, DEMO.member, `Quick poll: ${title}`)
    // The email is in both languages; the English half links the English page.
    const link = `${ctx.baseUrl}/polls/${pollId}/answer?q1=disagree`
    assert.ok(mail.includes(link), `the invitation links "Disagree" to the poll:\n${mail}`)
    await member.goto(link)
    await signIn(member, DEMO.member, undefined, { javaScript: false, from: null, landOn: `/polls/${pollId}/answer` })
    await expectText(member, 'Check your answer, answer the other questions, then send. Nothing is recorded until you do.')
    assert.equal(
      await member
        .getByRole('group', { name: /Question 1 of 2/ })
        .getByLabel('Disagree', { exact: true })
        .isChecked(),
      true,
      'the answer chosen in the email is ticked',
    )
    await answer(member, 'Most days')
    // Once only: the page now says so, and offers no form.
    await member.goto(`/polls/${pollId}`)
    assert.equal(await member.getByRole('button', { name: 'Send my answers' }).count(), 0)

    // The seven who joined answer on the site (JavaScript off too, which is quicker here).
    for (const [i, { page }] of joiners.entries()) {
      await page.goto(`/polls/${pollId}`)
      await expectHeading(page, title)
      await answer(page, LATE[i % LATE.length])
    }
    // The officer and the admin are members in England too, and answer with JavaScript on.
    const { page: admin } = await open()
    await signIn(admin, DEMO.admin)
    for (const page of [officer, admin]) {
      await page.goto(`/polls/${pollId}`)
      await hydrated(page)
      // (axe needs JavaScript in the page, so the member's form is scanned here.)
      if (page === admin) assert.deepEqual(await seriousAxeViolations(page), [])
      await answer(page, 'Every week')
    }

    // The officer sees the count so far, closes the poll early, and publishes.
    await officer.goto(`/officer/polls/${pollId}`)
    await expectText(officer, `10 of ${audience} members asked`)
    await expectText(officer, 'Counts so far, seen only by officers. Cells under 10 are hidden here as they would be in public.')
    await officer.getByRole('button', { name: 'Close the poll now' }).click()
    await expectText(officer, 'The poll is closed. No more answers are taken; you can publish the results.')
    await officer.getByRole('button', { name: 'Publish results' }).click()
    await expectText(officer, 'The results are published at the poll’s public results page.')

    // A draft briefing to put the figure in.
    await officer.goto('/officer/press/new')
    await hydrated(officer)
    await officer.getByLabel('A child death or serious case review is published').check()
    await officer.getByRole('button', { name: 'Start the briefing' }).click()
    await officer.waitForURL(/\/officer\/press\/[0-9a-f-]{36}$/)
    const briefingPath = new URL(officer.url()).pathname
    await hydrated(officer)
    await officer.getByLabel('Headline').fill(headline)
    await officer.getByLabel('Standfirst').fill('Members of Chorus answered a pulse poll after the Eastbrook review: every one who answered said their caseload is not safe.')
    await officer.getByRole('textbox', { name: 'Key lines' }).fill('## Our response\n\n- Caseloads are unsafe.\n- A national caseload limit is overdue.')
    await officer.getByRole('textbox', { name: 'Key facts' }).fill('The Eastbrook review found caseloads of up to 30 children per social worker')
    await expectText(officer, /Draft saved automatically/)

    // The officer picks the figure, reads the drafted line, and adds it to the briefing.
    await officer.goto(`/officer/polls/${pollId}`)
    await hydrated(officer)
    const pick = officer.locator('form').filter({ has: officer.getByRole('group', { name: Q1 }) })
    await pick.getByLabel('Disagree', { exact: true }).check()
    await pick.getByRole('button', { name: 'Draft the press line' }).click()
    const sentence = `100% of members who answered said “Disagree” when asked “${Q1}” (n = 10; ±`
    await expectText(officer, sentence)
    await expectText(officer, 'Base: 10 members answered the question.')
    await officer.getByLabel('Draft briefing').selectOption({ label: headline })
    await officer.getByRole('button', { name: 'Add to a briefing' }).click()
    await officer.waitForURL((url) => url.pathname === briefingPath)
    await expectText(officer, 'The poll’s figure is in the key facts, and its methodology in the notes to editors, in English and in Welsh.')
    await hydrated(officer)
    const keyFacts = await officer.getByRole('textbox', { name: 'Key facts' }).inputValue()
    assert.ok(keyFacts.includes('caseloads of up to 30 children') && keyFacts.includes(sentence), `both key facts are kept:\n${keyFacts}`)
    const notes = await officer.getByRole('textbox', { name: 'Notes to editors' }).inputValue()
    assert.ok(notes.includes(`Full results: ${ctx.baseUrl}/polls/${pollId}/results`), `the notes link the public results:\n${notes}`)

    // The briefing goes out, and the public reads the figure in it.
    await officer.getByLabel('Publish now').check()
    await officer.getByRole('button', { name: 'Send', exact: true }).click()
    await expectText(officer, 'Published. It is in the press room now')
    const { page: reader } = await open()
    await reader.goto('/press')
    await reader.getByRole('link', { name: headline }).click()
    await expectHeading(reader, headline)
    await expectText(reader, sentence)
    await expectText(reader, `Full results: ${ctx.baseUrl}/polls/${pollId}/results`)

    // The public results page: the figures, what is hidden, and how the poll was done.
    await reader.goto(`/polls/${pollId}/results`)
    await expectHeading(reader, title)
    await expectText(reader, /10 members answered out of \d+ asked/)
    await expectText(reader, 'How this poll was done')
    await expectText(reader, 'Base: 10 members answered the question.')
    await expectText(reader, `Question, as asked: “${Q1}”`)
    await expectText(reader, 'Counts of fewer than 10 people are not published, nor any figure that would reveal one.')
    // Question 2's answers are all under 10: each is hidden, not shown as a number.
    const q2Table = reader.locator('table').filter({ hasText: 'Most days' }).first()
    assert.match(await q2Table.innerText(), /\[c\]/)
    assert.deepEqual(await seriousAxeViolations(reader), [])
  } finally {
    await Promise.all(opened.map((p) => p.context.close().catch(() => {})))
  }
}

// Seven people join through the Stripe emulator before the poll is even sent.
officerPollsMembersAndQuotesTheResultInABriefing.timeoutMs = 420_000
