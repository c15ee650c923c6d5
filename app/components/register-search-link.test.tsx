import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PUBLIC_REGISTERS } from '~/domain/membership/public-registers'
import { RegisterSearchLink } from './register-search-link.tsx'

describe('a link to the regulator’s public register', () => {
  it('opens the register search in a new tab without giving it this page, naming the number to paste', () => {
    const html = renderToStaticMarkup(<RegisterSearchLink register={PUBLIC_REGISTERS.niscc} registrationNumber="7001234" />)
    expect(html).toContain('href="https://niscc.info/registers/"')
    expect(html).toContain('target="_blank"')
    expect(html).toContain('rel="noopener noreferrer"')
    expect(html).toContain('Search the NISCC register for 7001234 (opens in new tab)')
  })
})
