import { describe, expect, it } from 'vitest'
import { KEEP, LEAVE, staysOn } from '../../tests/helpers/redirect-corpus.ts'
import { clientIp, isCrossSite, safeRedirect, siteOrigin } from './request.server.ts'

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
  it('refuses a post with neither Origin nor Sec-Fetch-Site unless its Referer is this site (or the route takes one-click posts from mail clients)', () => {
    expect(isCrossSite(post({}))).toBe(true)
    expect(isCrossSite(post({ referer: 'https://evil.example/page' }))).toBe(true)
    expect(isCrossSite(post({ referer: 'not a url' }))).toBe(true)
    expect(isCrossSite(post({ referer: 'http://localhost:3000/login?x=1' }))).toBe(false)
    expect(isCrossSite(post({}), { oneClick: true })).toBe(false)
    expect(isCrossSite(post({ origin: 'https://evil.example' }), { oneClick: true })).toBe(true)
  })
  it('never checks reads', () => {
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

  it(`sends every one of ${LEAVE.length} hostile targets to the fallback, without throwing`, () => {
    expect(LEAVE.length + KEEP.length).toBeGreaterThanOrEqual(40)
    for (const target of LEAVE) expect(safeRedirect(target), JSON.stringify(target)).toBe('/account')
  })

  it('keeps ordinary paths on the site, normalised to what a Location header can carry', () => {
    for (const [target, expected] of KEEP) {
      expect(safeRedirect(target), target).toBe(expected)
      expect(staysOn('https://chorus.example', safeRedirect(target))).toBe(true)
      expect(() => new Headers({ location: safeRedirect(target) })).not.toThrow()
    }
  })
})

describe('clientIp', () => {
  const withHops = async (hops: string, run: () => void) => {
    const { parseEnv } = await import('./env.server.ts')
    const env = await import('./env.server.ts')
    const original = env.getEnv().TRUST_PROXY
    Object.assign(env.getEnv(), { TRUST_PROXY: parseEnv({ TRUST_PROXY: hops }).TRUST_PROXY })
    try {
      run()
    } finally {
      Object.assign(env.getEnv(), { TRUST_PROXY: original })
    }
  }
  const req = (xff?: string) => new Request('http://localhost:3000/login', { headers: xff ? { 'x-forwarded-for': xff } : {} })

  it('trusts nothing by default: the connection peer, whatever X-Forwarded-For says', async () => {
    await withHops('0', () => {
      expect(clientIp(req('198.51.100.1'), { remoteAddress: '::ffff:203.0.113.9' })).toBe('203.0.113.9')
      expect(clientIp(req('198.51.100.1'))).toBe('unknown')
    })
  })

  it('with TRUST_PROXY=N takes the entry N hops from the right, never one the client wrote further left', async () => {
    await withHops('1', () => {
      expect(clientIp(req('1.1.1.1, 2.2.2.2, 203.0.113.5'), { remoteAddress: '10.0.0.2' })).toBe('203.0.113.5')
      expect(clientIp(req('9.9.9.9, 203.0.113.5'), { remoteAddress: '10.0.0.2' })).toBe('203.0.113.5')
      expect(clientIp(req(), { remoteAddress: '10.0.0.2' })).toBe('10.0.0.2')
    })
    await withHops('2', () => {
      expect(clientIp(req('1.1.1.1, 203.0.113.5, 10.0.0.3'), { remoteAddress: '10.0.0.2' })).toBe('203.0.113.5')
      // Fewer entries than hops: the furthest one there is, as Express does.
      expect(clientIp(req('203.0.113.5'), { remoteAddress: '10.0.0.2' })).toBe('203.0.113.5')
    })
  })

  it('refuses a TRUST_PROXY that is not a number of hops', async () => {
    const { parseEnv } = await import('./env.server.ts')
    expect(() => parseEnv({ TRUST_PROXY: 'true' })).toThrow(/number of proxies/)
    expect(parseEnv({}).TRUST_PROXY).toBe(0)
    expect(parseEnv({ TRUST_PROXY: '3' }).TRUST_PROXY).toBe(3)
  })
})
