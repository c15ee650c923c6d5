import { describe, expect, it } from 'vitest'
import { isCrossSite, safeRedirect } from './request.server.ts'

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

describe('safeRedirect', () => {
  it('keeps same-site paths and drops everything else', () => {
    expect(safeRedirect('/ballots/1?x=2')).toBe('/ballots/1?x=2')
    expect(safeRedirect('//evil.example')).toBe('/account')
    expect(safeRedirect('/\\evil.example')).toBe('/account')
    expect(safeRedirect('https://evil.example')).toBe('/account')
    expect(safeRedirect(null, '/')).toBe('/')
  })
})
