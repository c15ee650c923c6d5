import { describe, expect, it } from 'vitest'
import { isCrossSite, safeRedirect, siteOrigin } from './request.server.ts'

const post = (headers: Record<string, string>) => new Request('http://localhost:3000/login', { method: 'POST', headers })

describe('isCrossSite', () => {
  it('lets same-origin form posts through', () => {
    expect(isCrossSite(post({ origin: 'http://localhost:3000' }))).toBe(false)
    expect(isCrossSite(post({ 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' }))).toBe(false)
  })
  it('refuses posts from other sites', () => {
    expect(isCrossSite(post({ origin: 'https://evil.example' }))).toBe(true)
    expect(isCrossSite(post({ 'sec-fetch-site': 'cross-site' }))).toBe(true)
    expect(isCrossSite(post({ 'sec-fetch-site': 'same-site', origin: 'http://sub.localhost:3000' }))).toBe(true)
    expect(isCrossSite(post({ origin: 'null' }))).toBe(true)
  })
  it('lets non-browser clients without Origin through, and never checks reads', () => {
    expect(isCrossSite(post({}))).toBe(false)
    expect(isCrossSite(new Request('http://localhost:3000/', { headers: { origin: 'https://evil.example' } }))).toBe(false)
  })
})

describe('the site origin', () => {
  it('comes from APP_URL, not from the Host or X-Forwarded-Host a request names', () => {
    const forged = new Request('http://attacker.example/login', { method: 'POST', headers: { origin: 'http://attacker.example', 'x-forwarded-host': 'attacker.example' } })
    expect(siteOrigin(forged)).toBe('http://localhost:3000')
    expect(isCrossSite(forged)).toBe(true)
  })
})

describe('safeRedirect', () => {
  it('keeps same-site paths and drops everything else', () => {
    expect(safeRedirect('/ballots/1?x=2')).toBe('/ballots/1?x=2')
    expect(safeRedirect('//evil.example')).toBe('/account')
    expect(safeRedirect('/\\evil.example')).toBe('/account')
    expect(safeRedirect('https://evil.example')).toBe('/account')
    expect(safeRedirect(null, '/')).toBe('/')
  })
})
