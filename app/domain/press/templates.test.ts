import { describe, expect, it } from 'vitest'
import { BRIEFING_TEMPLATES, fieldsWithPrompts, templateDraft } from './templates.ts'

const ready = {
  headline: 'Chorus responds to the Northfield review',
  standfirst: 'Caseloads of up to 32 children.',
  body: '## Our response\n\n- See [the review](https://example.test/review) and [our statement][1].\n\n[1]: https://chorus.example/statements/caseloads',
  keyFacts: ['Caseloads of up to 32 children'],
  quotes: [{ text: 'Too many cases.', name: 'Priya Raman', role: 'Chair' }],
  notesToEditors: 'About Chorus.',
  contactName: 'Press office',
  contactEmail: 'press@chorus.example',
  contactPhone: '020 7946 0000',
}

describe('template prompts left in a briefing', () => {
  it('finds none in a finished briefing, Markdown links included', () => {
    expect(fieldsWithPrompts(ready)).toEqual({})
  })

  it('names every field that still has one, by its form name', () => {
    const found = fieldsWithPrompts({ ...ready, keyFacts: ['Fine', '[figure]'], quotes: [ready.quotes[0], { text: 'Quote', name: '[name]', role: '' }], contactEmail: '[email]' })
    expect(Object.keys(found).sort()).toEqual(['contactEmail', 'keyFacts', 'quote2Name'])
    expect(found.quote2Name).toBe('Replace the [bracketed prompt] in the name for quote 2 before sending')
  })

  it('finds them in every template as it starts', () => {
    for (const t of Object.values(BRIEFING_TEMPLATES)) {
      const found = fieldsWithPrompts({ ...ready, ...templateDraft(t, 'en'), quotes: [], contactName: 'Press office', contactEmail: 'press@chorus.example', contactPhone: '020' })
      expect(Object.keys(found)).toContain('headline')
      expect(Object.keys(found)).toContain('body')
    }
  })
})
