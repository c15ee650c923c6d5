import type { EntryContext } from '@remix-run/node'
import { beforeEach, describe, expect, it } from 'vitest'
import { cachedPage, clearPageCache, pageCacheKey, storePage } from './page-cache.server.ts'

function context(loaderData: Record<string, unknown>): EntryContext {
  return { isSpaMode: false, staticHandlerContext: { loaderData, actionData: null, errors: null, activeDeferreds: {} } } as unknown as EntryContext
}

const page = (url: string, headers: Record<string, string> = {}) => new Request(`http://localhost${url}`, { headers })

describe('page cache', () => {
  beforeEach(() => clearPageCache())

  it('serves a visitor the page another visitor saw, with their own nonce in every script tag', () => {
    const key = pageCacheKey(page('/statements'), 200, context({ root: { user: null }, statements: [1, 2] }))!
    storePage(key, '<script nonce="first-nonce">a</script><script nonce="first-nonce">b</script>', 'first-nonce')
    const again = pageCacheKey(page('/statements'), 200, context({ root: { user: null }, statements: [1, 2] }))!
    expect(cachedPage(again, 'second-nonce')).toBe('<script nonce="second-nonce">a</script><script nonce="second-nonce">b</script>')
  })

  it('renders afresh when the data behind the page changes, e.g. an embargo lifts or a count moves', () => {
    const before = pageCacheKey(page('/press/x'), 200, context({ briefing: { endorsements: 3 } }))
    const after = pageCacheKey(page('/press/x'), 200, context({ briefing: { endorsements: 4 } }))
    const otherPage = pageCacheKey(page('/press/y'), 200, context({ briefing: { endorsements: 3 } }))
    expect(new Set([before, after, otherPage]).size).toBe(3)
    storePage(before!, '<p>3</p>', 'n')
    expect(cachedPage(after!, 'n')).toBeNull()
  })

  it('never shares a signed-in page, a form result, an error page or a streamed page', () => {
    const data = context({ root: {} })
    expect(pageCacheKey(page('/account', { cookie: 'theme=x; chorus_session=abc' }), 200, data)).toBeNull()
    expect(pageCacheKey(new Request('http://localhost/join', { method: 'POST' }), 200, data)).toBeNull()
    expect(pageCacheKey(page('/nowhere'), 404, data)).toBeNull()
    const deferred = { ...data, staticHandlerContext: { ...data.staticHandlerContext, activeDeferreds: { 'routes/x': {} } } } as unknown as EntryContext
    expect(pageCacheKey(page('/x'), 200, deferred)).toBeNull()
    expect(pageCacheKey(page('/statements', { cookie: 'theme=x' }), 200, data)).not.toBeNull()
  })

  it('forgets a page after 30 seconds, so nothing derived from the clock goes stale for long', () => {
    const key = pageCacheKey(page('/'), 200, context({}))!
    storePage(key, '<p>home</p>', 'n', 1_000)
    expect(cachedPage(key, 'n', 20_000)).toBe('<p>home</p>')
    expect(cachedPage(key, 'n', 31_001)).toBeNull()
  })
})
