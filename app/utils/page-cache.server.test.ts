import type { EntryContext } from '@remix-run/node'
import { beforeEach, describe, expect, it } from 'vitest'
import { cachedRender, clearPageCache, keepRender, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, publicCacheControl, renderKey, withPageCache } from './page-cache.server.ts'

function context(loaderData: Record<string, unknown>): EntryContext {
  return { isSpaMode: false, staticHandlerContext: { loaderData, actionData: null, errors: null, activeDeferreds: {} } } as unknown as EntryContext
}

const page = (url: string, headers: Record<string, string> = {}) => new Request(`http://localhost${url}`, { headers })

describe('rendered pages', () => {
  beforeEach(() => clearPageCache())

  it('serves a visitor the page another visitor saw, with their own nonce in every script tag', () => {
    const key = renderKey(page('/statements'), 200, context({ root: { user: null }, statements: [1, 2] }))!
    keepRender(page('/statements'), key, '<script nonce="first-nonce">a</script><script nonce="first-nonce">b</script>', 'first-nonce')
    const again = renderKey(page('/statements'), 200, context({ root: { user: null }, statements: [1, 2] }))!
    expect(cachedRender(page('/statements'), again, 'second-nonce')).toBe('<script nonce="second-nonce">a</script><script nonce="second-nonce">b</script>')
  })

  it('renders afresh when the data behind the page changes, e.g. an embargo lifts or a count moves', () => {
    const before = renderKey(page('/press/x'), 200, context({ briefing: { endorsements: 3 } }))!
    const after = renderKey(page('/press/x'), 200, context({ briefing: { endorsements: 4 } }))!
    expect(before).not.toBe(after)
    keepRender(page('/press/x'), before, '<p>3</p>', 'n')
    expect(cachedRender(page('/press/x'), after, 'n')).toBeNull()
    expect(cachedRender(page('/press/y'), before, 'n')).toBeNull()
  })

  it('never shares a signed-in page, a form result, an error page or a streamed page', () => {
    const data = context({ root: {} })
    expect(renderKey(page('/account', { cookie: 'theme=x; chorus_session=abc' }), 200, data)).toBeNull()
    expect(renderKey(new Request('http://localhost/join', { method: 'POST' }), 200, data)).toBeNull()
    expect(renderKey(page('/nowhere'), 404, data)).toBeNull()
    const deferred = { ...data, staticHandlerContext: { ...data.staticHandlerContext, activeDeferreds: { 'routes/x': {} } } } as unknown as EntryContext
    expect(renderKey(page('/x'), 200, deferred)).toBeNull()
    expect(renderKey(page('/statements', { cookie: 'theme=x' }), 200, data)).not.toBeNull()
  })

  it('forgets a page after five seconds, so nothing derived from the clock goes stale for long', () => {
    const key = renderKey(page('/'), 200, context({}))!
    keepRender(page('/'), key, '<p>home</p>', 'n', 1_000)
    expect(cachedRender(page('/'), key, 'n', 5_900)).toBe('<p>home</p>')
    expect(cachedRender(page('/'), key, 'n', 6_001)).toBeNull()
  })
})

/** A stand-in for the Remix handler: a document with a CSP nonce, its Cache-Control chosen per test. */
function remixLike(cacheControl: string, extra: Record<string, string> = {}) {
  let calls = 0
  const handle = async (request: Request) => {
    calls += 1
    const nonce = `nonce${calls}`
    return new Response(`<p>${new URL(request.url).pathname}</p><script nonce="${nonce}">go()</script>`, {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': `script-src 'self' 'nonce-${nonce}'`, 'Cache-Control': cacheControl, ...extra },
    })
  }
  return { handle, calls: () => calls }
}

describe('the server hook', () => {
  beforeEach(() => clearPageCache())

  it('tags a public page, answers a matching If-None-Match with 304 and no body, and a stale tag with the page', async () => {
    const { handle } = remixLike(PUBLIC_CACHE_CONTROL)
    const serve = withPageCache(handle)
    const first = await serve(page('/press/a'), {})
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/".+"$/)
    expect(first.headers.get('cache-control')).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/)

    const again = await serve(page('/press/a', { 'if-none-match': etag }), {})
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    // A kept body carries the nonce it was made with: a new CSP on a 304 would break its scripts.
    expect(again.headers.get('content-security-policy')).toBeNull()

    const other = await serve(page('/press/a', { 'if-none-match': 'W/"something-else"' }), {})
    expect(other.status).toBe(200)
    expect(await other.text()).toContain('<p>/press/a</p>')
  })

  it('gives the same tag to the same page whatever its nonce', async () => {
    const { handle } = remixLike(PUBLIC_CACHE_CONTROL)
    const serve = withPageCache(handle)
    const a = await serve(page('/feed'), {})
    clearPageCache()
    const b = await serve(page('/feed'), {})
    expect(a.headers.get('content-security-policy')).not.toBe(b.headers.get('content-security-policy'))
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'))
  })

  it('makes every answer to a signed-in reader private, never 304 from a visitor’s tag, and never a kept copy', async () => {
    const { handle, calls } = remixLike(PUBLIC_CACHE_CONTROL)
    const serve = withPageCache(handle)
    const visitor = await serve(page('/press/a'), {})
    const etag = visitor.headers.get('etag')!
    const member = await serve(page('/press/a', { cookie: 'chorus_session=abc', 'if-none-match': etag }), {})
    expect(member.status).toBe(200)
    expect(member.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL)
    expect(member.headers.get('etag')).toBeNull()
    expect(calls()).toBe(2)
  })

  it('leaves private and embargoed answers untagged, and makes public ones that set a cookie private', async () => {
    const embargoed = await withPageCache(remixLike(PRIVATE_CACHE_CONTROL).handle)(page('/press/b'), {})
    expect(embargoed.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL)
    expect(embargoed.headers.get('etag')).toBeNull()
    const cookie = await withPageCache(remixLike(PUBLIC_CACHE_CONTROL, { 'Set-Cookie': 'chorus_session=x' }).handle)(page('/login'), {})
    expect(cookie.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL)
    expect(cookie.headers.get('etag')).toBeNull()
  })
})

describe('public lifetimes', () => {
  it('keeps a listing only until the next embargo lifts, and not at all in the last second before it', () => {
    const now = new Date('2026-11-28T12:00:00Z')
    expect(publicCacheControl(null, now)).toBe(PUBLIC_CACHE_CONTROL)
    expect(publicCacheControl(new Date('2026-11-28T12:00:03.500Z'), now)).toMatch(/^public, max-age=0, s-maxage=3, stale-while-revalidate=\d+$/)
    expect(publicCacheControl(new Date('2026-11-28T13:00:00Z'), now)).toBe(PUBLIC_CACHE_CONTROL)
    expect(publicCacheControl(new Date('2026-11-28T12:00:00.900Z'), now)).toBe('public, no-cache')
  })
})
