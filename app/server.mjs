// The production server (`npm start`): the Remix build behind Express, as remix-serve runs it,
// with three things remix-serve cannot do — security headers on static files, a clear 403 page
// (not Remix's empty 500) for a form sent from another website, and a clean stop on SIGTERM.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
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
const { applySecurityHeaders, FORWARDED_ORIGIN_HEADER, withPageCache } = build.entry.module

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
// The page cache (app/utils/page-cache.server.ts) wraps the Remix handler: shared copies of public
// pages, ETag/304, and `private, no-store` for signed-in readers.
const handle = withPageCache(createRequestHandler(build, process.env.NODE_ENV))
app.all('*', async (req, res, next) => {
  try {
    await sendRemixResponse(res, await handle(createRemixRequest(req, res), {}))
  } catch (error) {
    next(error)
  }
})

const port = Number(process.env.PORT ?? 3000)
const server = app.listen(port, process.env.HOST, () => console.log(`Chorus: listening on http://localhost:${port}`))

function stop(signal) {
  console.log(`Chorus: ${signal}, finishing requests in progress`)
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 5_000).unref()
}
process.once('SIGTERM', () => stop('SIGTERM'))
process.once('SIGINT', () => stop('SIGINT'))
