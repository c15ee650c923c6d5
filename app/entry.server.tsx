import { PassThrough } from 'node:stream'
import type { AppLoadContext, EntryContext, HandleDataRequestFunction } from '@remix-run/node'
import { createReadableStreamFromReadable } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
import './i18n/server.ts'
import { renderToPipeableStream } from 'react-dom/server'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './utils/db-unavailable.server.ts'
import { describeError, log } from './utils/log.server.ts'
import { NonceProvider } from './utils/nonce.tsx'
import { cachedRender, keepRender, renderKey } from './utils/page-cache.server.ts'
import { applySecurityHeaders, createNonce } from './utils/security-headers.server.ts'

export const streamTimeout = 5_000

// For the server module (app/server.ts), which reads them from the build and passes
// its Remix request handler through withPageCache. Importing boot.server.ts
// connects to the database and migrates it before the server listens.
export { runtime, useStripeEmulator } from './utils/boot.server.ts'
export { applySecurityHeaders } from './utils/security-headers.server.ts'
export { FORWARDED_ORIGIN_HEADER } from './utils/request.server.ts'
export { withPageCache } from './utils/page-cache.server.ts'
export { keepInWelsh } from './i18n/welsh-pages.server.ts'

/**
 * Requests that failed because the database could not be reached. handleError sees each error
 * before Remix hides its details; the response is then a 503 with Retry-After, and the error
 * page asks people to try again, instead of a 500.
 */
const databaseAway = new WeakSet<Request>()

function markUnavailable(request: Request, status: number, headers: Headers) {
  if (!databaseAway.has(request)) return status
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  headers.set('Cache-Control', 'no-store')
  return 503
}

export default function handleRequest(request: Request, responseStatusCode: number, responseHeaders: Headers, remixContext: EntryContext, loadContext?: AppLoadContext) {
  // The server module makes each request's nonce and passes it in the load context.
  const nonce = loadContext?.cspNonce ?? createNonce()
  responseStatusCode = markUnavailable(request, responseStatusCode, responseHeaders)
  // A body refused for its size was never read to the end: this connection cannot be reused.
  if (responseStatusCode === 413) responseHeaders.set('Connection', 'close')
  const fingerprint = renderKey(request, responseStatusCode, remixContext)
  if (fingerprint) return renderShared(request, responseHeaders, remixContext, nonce, fingerprint)
  const waitForAll = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode
  // No Chorus page defers data, so nothing arrives after the shell: the document is sent whole,
  // in one write with its length, rather than streamed in many small chunked writes.
  if (!hasDeferredData(remixContext)) return renderWhole(request, responseStatusCode, responseHeaders, remixContext, nonce)
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? 'onAllReady' : 'onShellReady']() {
          shellRendered = true
          const body = new PassThrough()
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
          applySecurityHeaders(responseHeaders, nonce)
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }))
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          responseStatusCode = 500
          if (shellRendered) log.error({ err: describeError(error) }, 'page failed while streaming')
        },
      },
    )
    setTimeout(abort, streamTimeout + 1000)
  })
}

function hasDeferredData(remixContext: EntryContext) {
  const deferreds = remixContext.staticHandlerContext.activeDeferreds
  return Boolean(deferreds && Object.keys(deferreds).length > 0)
}

/** Renders the whole document to one buffer; `failed` when a part failed after the shell (a 500, as streaming would log it). */
function renderDocument(request: Request, remixContext: EntryContext, nonce: string) {
  return new Promise<{ html: Buffer<ArrayBuffer>; failed: boolean }>((resolve, reject) => {
    let failed = false
    const chunks: Buffer[] = []
    const body = new PassThrough()
    body.on('data', (chunk: Buffer) => chunks.push(chunk))
    body.on('end', () => {
      clearTimeout(timer)
      resolve({ html: Buffer.concat(chunks), failed })
    })
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          pipe(body)
        },
        onShellError: reject,
        onError(error: unknown) {
          failed = true
          log.error({ err: describeError(error) }, 'page failed to render')
        },
      },
    )
    const timer = setTimeout(abort, streamTimeout + 1000)
  })
}

/** The document sent whole, in one write with its length. */
async function renderWhole(request: Request, status: number, responseHeaders: Headers, remixContext: EntryContext, nonce: string) {
  const { html, failed } = await renderDocument(request, remixContext, nonce)
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
  applySecurityHeaders(responseHeaders, nonce)
  return new Response(html, { headers: responseHeaders, status: failed ? 500 : status })
}

/** A page anyone without a session sees alike: served from the page cache, or rendered whole and kept. */
async function renderShared(request: Request, responseHeaders: Headers, remixContext: EntryContext, nonce: string, fingerprint: string) {
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
  applySecurityHeaders(responseHeaders, nonce)
  const cached = cachedRender(request, fingerprint, nonce)
  if (cached !== null) return new Response(cached, { headers: responseHeaders, status: 200 })
  const { html, failed } = await renderDocument(request, remixContext, nonce)
  if (!failed) keepRender(request, fingerprint, html.toString('utf8'), nonce)
  return new Response(html, { headers: responseHeaders, status: failed ? 500 : 200 })
}

export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => {
  applySecurityHeaders(response.headers)
  const status = markUnavailable(request, response.status, response.headers)
  if (status === response.status) return response
  return new Response(response.body, { status, headers: response.headers })
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (isDatabaseUnavailable(error)) {
    databaseAway.add(request)
    log.error({ err: describeError(error), method: request.method, path: new URL(request.url).pathname }, 'the database is unavailable')
    return
  }
  if (request.signal.aborted) return
  // Remix's own refusal of a form posted from another site (Origin does not match Host).
  if (error instanceof Error && /does not match `origin` header|headers are not provided/.test(error.message)) {
    log.warn({ method: request.method, path: new URL(request.url).pathname }, 'refused a form posted from another site')
    return
  }
  log.error({ err: describeError(error), method: request.method, path: new URL(request.url).pathname }, 'request failed')
}
