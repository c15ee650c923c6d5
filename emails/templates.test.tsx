import { describe, expect, it } from 'vitest'
import { personalise, renderShared, unfilledPlaceholders } from '../app/domain/outbox/render.server.ts'
import { templates } from './index.ts'

describe('email templates', () => {
  for (const [name, template] of Object.entries(templates)) {
    it(`${name} renders HTML and text from its PreviewProps with nothing left unfilled`, async () => {
      const { name: recipientName, unsubscribeUrl, preferencesUrl, ...data } = template.previewProps as unknown as Record<string, string>
      const shared = await renderShared(name, data, { withUnsubscribe: Boolean(unsubscribeUrl) })
      const email = personalise(shared, { name: recipientName, unsubscribeUrl, preferencesUrl })
      expect(email.subject.length).toBeGreaterThan(5)
      expect(email.html).toMatch(/^<!DOCTYPE html/)
      expect(email.html).toContain(recipientName)
      expect(email.text).toContain(recipientName)
      expect(email.text).toContain('Chorus, 1 Civic Square')
      expect(email.html).not.toContain('\0')
      expect(email.text).not.toContain('\0')
      expect(unfilledPlaceholders(email.html)).toEqual([])
      expect(unfilledPlaceholders(email.text)).toEqual([])
      expect(email.html.includes('\u0000') || email.text.includes('\u0000'), 'a NUL character, which PostgreSQL cannot store').toBe(false)
      for (const value of Object.values(data)) if (typeof value === 'string') expect(email.text).toContain(value)
      if (unsubscribeUrl) {
        expect(email.text).toContain(unsubscribeUrl)
        expect(email.html).toContain(unsubscribeUrl.replace(/&/g, '&amp;'))
      }
    })
  }

  it('escapes a recipient name in HTML but not in text', async () => {
    const shared = await renderShared('press-alert', { ...templates['press-alert'].previewProps }, { withUnsubscribe: true })
    const email = personalise(shared, { name: 'Sam <O’Neil> & Co', unsubscribeUrl: 'https://x.test/u?a=1&b=2', preferencesUrl: 'https://x.test/p' })
    expect(email.html).toContain('Sam &lt;O’Neil&gt; &amp; Co')
    expect(email.html).not.toContain('<O’Neil>')
    expect(email.text).toContain('Sam <O’Neil> & Co')
  })

  it('press-follow-up says what changed first, in the subject and the email, for each kind of change', async () => {
    const base = { headline: 'Chorus responds to the Northfield review', briefingUrl: 'https://chorus.example/press/northfield' }
    const cases = [
      { data: { ...base, kind: 'withdrawn', embargoed: true, notice: 'Issued in error.' }, title: 'EMBARGOED RELEASE WITHDRAWN — do not publish', says: 'Issued in error.' },
      { data: { ...base, kind: 'withdrawn', embargoed: false, notice: 'Issued in error.' }, title: 'RELEASE WITHDRAWN — do not publish', says: 'Issued in error.' },
      { data: { ...base, kind: 'moved', embargoed: true, movedTo: '2 December 2026, 00:01', embargoNotice: 'EMBARGOED UNTIL 2 December 2026, 00:01' }, title: 'EMBARGO MOVED to 2 December 2026, 00:01', says: 'EMBARGOED UNTIL 2 December 2026, 00:01' },
      { data: { ...base, kind: 'corrected', embargoed: false, replacesSentAt: '30 November 2026, 09:30', correctionNote: 'The figure is 28.', standfirst: 'Caseloads of up to 28.', keyLines: ['• Caseloads are too high.'] }, title: 'CORRECTED — replaces the version sent at 30 November 2026, 09:30', says: '• Caseloads are too high.' },
    ] as const
    for (const c of cases) {
      const email = personalise(await renderShared('press-follow-up', c.data, { withUnsubscribe: false }), { name: 'Tom' })
      expect(email.subject).toBe(`${c.title}: ${base.headline}`)
      expect(email.text.indexOf(c.title)).toBeGreaterThanOrEqual(0)
      expect(email.text.indexOf(c.title)).toBeLessThan(email.text.indexOf(base.headline))
      expect(email.text).toContain(c.says)
      expect(unfilledPlaceholders(email.text)).toEqual([])
    }
  })
})
