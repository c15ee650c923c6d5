/**
 * The Chorus server, the same module for `npm start` (production) and `npm run dev` (under
 * `remix dev --manual`, which rebuilds and tells this process to load the new build): Express in
 * front of the Remix request handler, with what Remix alone does not do — security headers on
 * static files, a 403 page for a form sent from another site, JSON logs with a request id, the
 * shared copies of lifted briefings, and a clean stop on SIGTERM.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { statSync, watch } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createRequestHandler } from '@remix-run/express'
import { broadcastDevReady, installGlobals, type ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express, { type RequestHandler } from 'express'
import type * as Entry from './entry.server.tsx'
import { getEnvOrExit } from './utils/env.server.ts'
import { describeError, log, requestContext } from './utils/log.server.ts'

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** This response's Content-Security-Policy nonce, made per request by the server module. */
    cspNonce?: string
  }
}

type ChorusBuild = ServerBuild & { entry: { module: typeof Entry } }

const env = getEnvOrExit()
const development = env.NODE_ENV === 'development'
const BUILD_PATH = path.resolve('build/index.js')

/** The newest build; in development a new one replaces it after every rebuild. */
async function importBuild(): Promise<ChorusBuild> {
  // A query string per version: Node caches modules by URL, so each rebuild is imported afresh.
  return (await import(`${pathToFileURL(BUILD_PATH).href}?t=${statSync(BUILD_PATH).mtimeMs}`)) as ChorusBuild
}

let build = await importBuild()
installGlobals({ nativeFetch: build.future.v3_singleFetch })
// Importing the build connected to the database and migrated it (app/utils/boot.server.ts).
const { runtime } = build.entry.module

// Offline stand-ins are loaded only when offline, so a production server never loads their code.
const stripeEmulator = env.STRIPE_SECRET_KEY ? null : await (await import('./utils/stripe-local.server.ts')).startLocalStripe(env)
if (env.offline) {
  const { seedDemoData } = await import('../db/demo-data.ts')
  const created = await seedDemoData(runtime.connection.db)
  if (created.length) log.info({ accounts: created.length }, 'demo accounts created')
}
const attachBuild = (next: ChorusBuild) => {
  if (stripeEmulator) next.entry.module.useStripeEmulator(stripeEmulator)
  sharedCopies.attach(next.entry.module)
}

let stopping = false

const app = express()
app.disable('x-powered-by')
app.use(requestIds)
app.use(compression())
const staticHeaders = () => [...build.entry.module.applySecurityHeaders(new Headers())]
const setHeaders = (res: express.Response) => {
  for (const [name, value] of staticHeaders()) res.setHeader(name, value)
}
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: '1y', setHeaders }))
app.use(express.static('public', { maxAge: '1h', setHeaders }))
app.use(handOriginToChorus)
const sharedCopies = sharedBriefingCopies()
attachBuild(build)
app.use(sharedCopies.middleware)
app.all(
  '*',
  createRequestHandler({
    build: development ? async () => build : build,
    mode: env.NODE_ENV,
    getLoadContext: () => ({ cspNonce: randomBytes(16).toString('base64') }),
  }),
)
app.use(((error, req, res, _next) => {
  log.error({ err: describeError(error), method: req.method, path: req.path }, 'request failed outside Remix')
  if (!res.headersSent) res.status(500).type('text/plain').send('Sorry, something went wrong. Try again in a moment.')
  else res.end()
}) as express.ErrorRequestHandler)

/**
 * A request id for every request: in the X-Request-Id response header and on every log line
 * written while the request is served (through the request context), and one line per request
 * with its method, path (never the query string, which can carry tokens), status and time.
 */
function requestIds(req: express.Request, res: express.Response, next: express.NextFunction) {
  const id = randomUUID()
  const started = performance.now()
  res.setHeader('X-Request-Id', id)
  // While stopping, each response closes its connection so the client reconnects elsewhere.
  if (stopping) res.setHeader('Connection', 'close')
  res.on('finish', () => {
    requestContext.run({ id }, () => {
      log.info({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round((performance.now() - started) * 10) / 10 }, 'request')
    })
  })
  requestContext.run({ id }, next)
}

/**
 * Remix refuses a form whose Origin does not match the Host (or X-Forwarded-Host) with an empty
 * 500, before any Chorus code runs. This predicts that refusal the way Remix decides it and moves
 * such an Origin to a header of Chorus's own, so Chorus's check (`isCrossSite`, which compares
 * with APP_URL) decides: a 403 page that says why, or — behind a proxy that rewrites Host — the
 * form goes through.
 */
function handOriginToChorus(req: express.Request, _res: express.Response, next: express.NextFunction) {
  const header = build.entry.module.FORWARDED_ORIGIN_HEADER
  delete req.headers[header]
  const origin = req.headers.origin
  if (origin && !['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
    const forwarded = req.headers['x-forwarded-host']
    const host = (typeof forwarded === 'string' ? forwarded : '').split(',')[0].trim() || req.headers.host
    let originHost = origin
    try {
      originHost = origin === 'null' ? origin : new URL(origin).host
    } catch {
      // An Origin that is not a URL cannot match any host.
    }
    if (originHost !== host) {
      req.headers[header] = origin
      delete req.headers.origin
    }
  }
  next()
}

/**
 * Whole-page shared copies of lifted briefings. A page Chorus marks (SHARE_HEADER) as the same
 * for every visitor without a session is handed out from memory for the few seconds it allows,
 * without running Remix again, with a fresh CSP nonce written into the copy. Only a response made
 * for a request without a session is kept, only such requests get a copy, and every copy goes the
 * moment Chorus says a briefing was corrected or withdrawn. Pages that may still be under embargo
 * are never marked, so an embargo is always decided by the application on current data.
 *
 * Self-contained on purpose: the one page-cache module is to replace it.
 */
function sharedBriefingCopies() {
  interface Copy {
    body: string
    nonce: string
    headers: [string, string | number | string[]][]
    expires: number
  }
  const copies = new Map<string, Copy>()
  let entry: typeof Entry | undefined
  const shareable = (req: express.Request) => req.method === 'GET' && !/(?:^|;\s*)chorus_session=/.test(req.headers.cookie ?? '')

  const middleware: RequestHandler = (req, res, next) => {
    if (!entry || !shareable(req)) return next()
    const { SHARE_HEADER } = entry
    const key = req.originalUrl
    const copy = copies.get(key)
    if (copy && copy.expires > Date.now()) {
      const nonce = randomBytes(16).toString('base64')
      res.status(200)
      for (const [name, value] of copy.headers) res.setHeader(name, typeof value === 'string' ? value.replaceAll(copy.nonce, nonce) : value)
      res.end(copy.body.replaceAll(copy.nonce, nonce))
      return
    }
    // Watch what Remix sends: the first write decides whether the page may be kept.
    let decided = false
    let keep: Omit<Copy, 'body'> | null = null
    const chunks: Buffer[] = []
    const decide = () => {
      if (decided) return
      decided = true
      const seconds = Number(res.getHeader(SHARE_HEADER) ?? 0)
      res.removeHeader(SHARE_HEADER)
      const nonce = /'nonce-([^']+)'/.exec(String(res.getHeader('content-security-policy') ?? ''))?.[1]
      if (seconds > 0 && nonce && res.statusCode === 200 && !res.hasHeader('set-cookie') && /^text\/html/.test(String(res.getHeader('content-type') ?? ''))) {
        keep = { nonce, headers: Object.entries(res.getHeaders()).filter((h): h is [string, string | number | string[]] => h[1] !== undefined), expires: Date.now() + Math.min(seconds, 5) * 1000 }
      }
    }
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (keep && chunk != null && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding) : Buffer.from(chunk as Uint8Array))
    }
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => express.Response
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      decide()
      collect(chunk, rest[0])
      return write(chunk, ...rest)
    }) as typeof res.write
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      decide()
      collect(chunk, rest[0])
      const kept = keep as Omit<Copy, 'body'> | null
      if (kept) {
        copies.set(key, { ...kept, body: Buffer.concat(chunks).toString('utf8') })
        if (copies.size > 200) copies.delete(copies.keys().next().value!)
      }
      return end(chunk, ...rest)
    }) as typeof res.end
    next()
  }

  return {
    middleware,
    /** Each (re)loaded build: its marker header, and its signal that briefings changed. */
    attach(next: typeof Entry) {
      entry = next
      copies.clear()
      next.onPublicBriefingsForgotten(() => copies.clear())
    },
  }
}

const listening = () => {
  log.info({ port: Number(env.PORT), url: env.appUrl, mode: env.NODE_ENV }, 'listening')
  if (development) void broadcastDevReady(build)
}
const server = process.env.HOST ? app.listen(Number(env.PORT), process.env.HOST, listening) : app.listen(Number(env.PORT), listening)

if (development) {
  // `remix dev` writes build/version.txt after each rebuild: load the new build and say so.
  let reloading = Promise.resolve()
  watch(path.dirname(BUILD_PATH), (_event, file) => {
    if (file !== 'version.txt') return
    reloading = reloading.then(async () => {
      try {
        build = await importBuild()
        attachBuild(build)
        await broadcastDevReady(build)
      } catch (error) {
        log.error({ err: describeError(error) }, 'could not load the new build')
      }
    })
  })
}

/**
 * SIGTERM or SIGINT: /readyz answers 503 at once, the listener stops accepting, requests in
 * progress finish (for at most SHUTDOWN_GRACE_MS, then what is left is closed), the outbox worker
 * finishes its round, and the database closes last.
 */
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  log.info({ signal, graceMs: env.SHUTDOWN_GRACE_MS }, 'stopping: finishing requests in progress')
  runtime.beginShutdown()
  // Connections the kernel has already completed wait in the listen backlog until the event loop
  // accepts them; closing the listener first would reset them. One pass of the loop accepts them.
  await new Promise((resolve) => setTimeout(resolve, 50))
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  // Connections waiting for their next request close now; busy ones once their response is out.
  server.closeIdleConnections()
  const idle = setInterval(() => server.closeIdleConnections(), 100)
  const grace = setTimeout(() => {
    log.warn('grace period over: closing the connections still open')
    server.closeAllConnections()
  }, env.SHUTDOWN_GRACE_MS)
  await closed
  clearInterval(idle)
  clearTimeout(grace)
  try {
    await runtime.stopWorker()
    await stripeEmulator?.stop().catch(() => {})
    await runtime.closeDatabase()
  } catch (error) {
    log.error({ err: describeError(error) }, 'error while stopping')
  }
  log.info('stopped')
  process.exit(0)
}
/**
 * postgres.js 3.4.9 can write to a connection in the same turn as the database closes it
 * (a setImmediate left behind when the socket goes), which throws outside any request. The
 * queries on that connection have already failed with CONNECTION_CLOSED and are answered as a
 * 503, so that one error must not take the whole server down; anything else still does.
 */
process.on('uncaughtException', (error) => {
  if (error instanceof TypeError && /reading 'write'/.test(error.message) && /postgres[\\/]src[\\/]connection\.js/.test(error.stack ?? '')) {
    log.warn({ err: describeError(error) }, 'database connection closed while writing to it')
    return
  }
  log.fatal({ err: describeError(error) }, 'uncaught exception')
  process.exit(1)
})

// `on`, not `once`: a supervisor and npm may both pass the signal on, and a second one must not
// kill the process halfway through its stop.
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
