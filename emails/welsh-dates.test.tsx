import { describe, expect, it } from 'vitest'
import { personalise, renderShared } from '../app/domain/outbox/render.server.ts'
import { templates, type TemplateName } from './index.ts'

const ENGLISH_CALENDAR =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/

/** Emails whose data carries a time, a day or a count, with the data their senders now queue. */
const CASES: [TemplateName, Record<string, unknown>][] = [
  ['ballot-open', {}],
  ['ballot-reminder', {}],
  ['consultation-open', {}],
  ['statement-review-due', {}],
  ['motion-needs-officers', {}],
  ['payment-failed', {}],
  ['enquiry-received', {}],
  ['enquiry-assigned', {}],
  ['enquiry-new', {}],
  ['enquiry-digest', {}],
  ['press-alert', { embargoUntil: '2026-12-01T00:01:00Z' }],
  ['press-follow-up', { kind: 'moved', movedTo: '2026-12-02T00:01:00Z', embargoUntil: '2026-12-02T00:01:00Z' }],
  ['press-follow-up', { kind: 'corrected' }],
  ['press-follow-up', { kind: 'lifted-early', embargoed: false, wasEmbargoedUntil: '2026-12-01T00:01:00Z', liftedAt: '2026-11-30T15:00:00Z' }],
]

describe('dates and counts in Welsh emails are written in Welsh', () => {
  for (const [name, overrides] of CASES) {
    it(`${name}${overrides.kind ? ` (${overrides.kind})` : ''}: no English month or day name in the Welsh email`, async () => {
      const { name: person, unsubscribeUrl, preferencesUrl, ...data } = templates[name].previewProps as unknown as Record<string, string>
      const email = personalise(await renderShared(name, { ...data, ...overrides }, { withUnsubscribe: false, language: 'cy' }), { name: person })
      expect(`${email.subject}\n${email.text}`).not.toMatch(ENGLISH_CALENDAR)
      // The same data in English does name them, so the check above can fail.
      const english = personalise(await renderShared(name, { ...data, ...overrides }, { withUnsubscribe: false, language: 'en' }), { name: person })
      expect(`${english.subject}\n${english.text}`).toMatch(ENGLISH_CALENDAR)
    })
  }

  it('an answer to a journalist names the enquiry in Welsh, and the press office when the officer is gone', async () => {
    const { name: person, officerName: _officer, ...data } = templates['enquiry-reply'].previewProps
    const email = personalise(await renderShared('enquiry-reply', data, { withUnsubscribe: false, language: 'cy' }), { name: person })
    expect(email.text).toContain('(Ymholiad 42)')
    expect(email.text).toContain("Swyddfa'r wasg, ar ran swyddfa’r wasg Chorus")
    expect(email.text).not.toMatch(/Enquiry 42|The press office/)
  })

  it('the enquiry digest counts and names enquiries in Welsh', async () => {
    const { name: person, ...data } = templates['enquiry-digest'].previewProps
    const email = personalise(await renderShared('enquiry-digest', data, { withUnsubscribe: false, language: 'cy' }), { name: person })
    expect(email.subject).toContain('2 ymholiad newydd')
    expect(email.text).toContain('Ymholiad 42')
    expect(email.text).not.toMatch(/\b(new enquiries|Enquiry 42)\b/)
  })
})
