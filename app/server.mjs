// The production server (`npm start`): the Remix build behind Express, as remix-serve runs it,
// with three things remix-serve cannot do — security headers on static files, a clear 403 page
// (not Remix's empty 500) for a form sent from another website, and a clean stop on SIGTERM.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { randomBytes } from 'node:crypto'
// The Express adapter's request and response converters (its index exports only the handler).
import remixExpress from '@remix-run/express/dist/server.js'
import { createRequestHandler, installGlobals } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import morgan from 'morgan'

const { createRemixRequest, sendRemixResponse } = remixExpress

process.env.NODE_ENV = process.env.NODE_ENV ?? 'production'
const build = await import(pathToFileURL(path.resolve('build/index.js')).href)
installGlobals({ nativeFetch: build.future.v3_singleFetch })
const { applySecurityHeaders, FORWARDED_ORIGIN_HEADER, SHARE_HEADER, onPublicBriefingsForgotten } = build.entry.module

/** The headers every static file carries (no nonce: static files run no inline script). */
const staticHeaders = [...applySecurityHeaders(new Headers())]

/**
 * Remix refuses a form whose Origin does not match the Host with an empty 500, before any Chorus
 * code runs. Such a request moves its Origin to a header of our own instead, so Chorus's own
 * check (`isCrossSite`) refuses it with a 403 page that says why, and nothing is written.
 */
function handOriginToChorus(req, _res, next) {
  delete req.headers[FORWARDED_ORIGIN_HEADER]
  const origin = req.headers.origin
  if (origin && !['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
    const host = (req.headers['x-forwarded-host'] ?? '').split(',')[0].trim() || req.headers.host
    let originHost = origin
    try {
      originHost = origin === 'null' ? origin : new URL(origin).host
    } catch {
      // An Origin that is not a URL cannot match any host.
    }
    if (originHost !== host) {
      req.headers[FORWARDED_ORIGIN_HEADER] = origin
      delete req.headers.origin
    }
  }
  next()
}

const app = express()
app.disable('x-powered-by')
app.use(compression())
const setHeaders = (res) => {
  for (const [name, value] of staticHeaders) res.setHeader(name, value)
}
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: '1y', setHeaders }))
app.use(express.static('public', { maxAge: '1h', setHeaders }))
app.use(morgan('tiny'))
app.use(handOriginToChorus)
app.all('*', remixWithSharedCopies(createRequestHandler(build, process.env.NODE_ENV)))

/**
 * A page Chorus marks as the same for every visitor without a session (a lifted briefing, the
 * moment a story breaks) is handed out from memory for the few seconds it allows, without running
 * Remix again: with a fresh CSP nonce written into the copy. Only a response made for a request
 * without a session is kept, only such requests get a copy, and Chorus clears every copy the
 * moment a briefing is corrected or withdrawn. Pages that may still be under embargo are never
 * marked, so an embargo is always decided by the application on current data.
 */
function remixWithSharedCopies(handle) {
  const copies = new Map()
  onPublicBriefingsForgotten(() => copies.clear())
  const shareable = (req) => req.method === 'GET' && !/(?:^|;\s*)chorus_session=/.test(req.headers.cookie ?? '')
  return async (req, res, next) => {
    try {
      const key = `${req.headers.host} ${req.originalUrl}`
      const copy = shareable(req) ? copies.get(key) : undefined
      if (copy && copy.expires > Date.now()) {
        const nonce = randomBytes(16).toString('base64')
        res.status(200)
        for (const [name, value] of copy.headers) res.append(name, value.replaceAll(copy.nonce, nonce))
        res.end(copy.body.replaceAll(copy.nonce, nonce))
        return
      }
      // The connection's peer, from which Chorus reads the client's address (app/utils/request.server.ts).
      const response = await handle(createRemixRequest(req, res), { remoteAddress: req.socket.remoteAddress })
      const seconds = Number(response.headers.get(SHARE_HEADER) ?? 0)
      response.headers.delete(SHARE_HEADER)
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
      const keep = seconds > 0 && shareable(req) && response.status === 200 && nonce && !response.headers.has('set-cookie') && /^text\/html/.test(response.headers.get('content-type') ?? '')
      if (!keep) return await sendRemixResponse(res, response)
      const body = await response.text()
      copies.set(key, { body, nonce, headers: [...response.headers], expires: Date.now() + Math.min(seconds, 5) * 1000 })
      if (copies.size > 200) copies.delete(copies.keys().next().value)
      res.status(200)
      for (const [name, value] of response.headers) res.append(name, value)
      res.end(body)
    } catch (error) {
      next(error)
    }
  }
}

const port = Number(process.env.PORT ?? 3000)
const server = app.listen(port, listenHost(), () => console.log(`Chorus: listening on http://localhost:${port}`))

/**
 * An offline build has demo accounts, the dev mailbox and a Stripe stand-in: it listens on this
 * machine only, unless CHORUS_OFFLINE_PUBLIC=1 says otherwise (every page then warns about it).
 */
function listenHost() {
  const on = (name) => ['1', 'true'].includes(process.env[name] ?? '')
  const host = process.env.HOST || undefined
  if (!on('CHORUS_OFFLINE') || on('CHORUS_OFFLINE_PUBLIC')) return host
  if (host && !['127.0.0.1', 'localhost', '::1'].includes(host)) {
    console.error(`Chorus cannot start: CHORUS_OFFLINE=1 listens on this machine only, not HOST=${host}. Set CHORUS_OFFLINE_PUBLIC=1 to open it to others.`)
    process.exit(1)
  }
  return host ?? '127.0.0.1'
}

function stop(signal) {
  console.log(`Chorus: ${signal}, finishing requests in progress`)
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 5_000).unref()
}
process.once('SIGTERM', () => stop('SIGTERM'))
process.once('SIGINT', () => stop('SIGINT'))
