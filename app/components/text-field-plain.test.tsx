import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { parseLondonLocal } from '~/utils/london-time'
import { TextFieldPlain } from './text-field-plain.tsx'

const messageFor = (value: string) => {
  const result = parseLondonLocal(value)
  if (result.ok) throw new Error(`${value} should be refused`)
  return result.message
}

describe('a London time field', () => {
  it('asks BST or GMT beside the field when the time happens twice', () => {
    const html = renderToStaticMarkup(<TextFieldPlain name="embargoUntil" type="datetime-local" label="Embargo lifts at" error={messageFor('2026-10-25T01:30')} />)
    expect(html).toContain('01:30 happens twice that day')
    expect(html).toContain('name="embargoUntilOffset" value="BST"')
    expect(html).toContain('name="embargoUntilOffset" value="GMT"')
    expect(html).toContain('01:30 BST (the first, before the clocks go back)')
    expect(html).toContain('01:30 GMT (the second, after the clocks go back)')
  })

  it('asks nothing for other errors', () => {
    for (const value of ['2027-02-30T10:00', '2027-03-28T01:30']) {
      const html = renderToStaticMarkup(<TextFieldPlain name="embargoUntil" type="datetime-local" label="Embargo lifts at" error={messageFor(value)} />)
      expect(html).toContain(messageFor(value))
      expect(html).not.toContain('embargoUntilOffset')
    }
  })
})
