/**
 * The Chorus server, the same module for `npm start` (production) and `npm run dev` (under
 * `remix dev --manual`, which rebuilds and tells this process to load the new build): Express in
 * front of the Remix request handler, with what Remix alone does not do — security headers on
 * static files, a 403 page for a form sent from another site, JSON logs with a request id, the
 * page cache in front of Remix, and a clean stop on SIGTERM.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { readdirSync, statSync, watch } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { broadcastDevReady, installGlobals, type ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import type * as Entry from './entry.server.tsx'
import { getEnvOrExit } from './utils/env.server.ts'
import { describeError, log, requestContext } from './utils/log.server.ts'
import { createPartitionedRequestHandler } from './utils/route-partitions.server.ts'
import { sendFetchResponse, toFetchRequest } from './utils/remix-express.server.ts'

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** This response's Content-Security-Policy nonce, made per request by the server module. */
    cspNonce?: string
    /** The connection's peer, from which the client's address is read (TRUST_PROXY hops). */
    remoteAddress?: string
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
/** The Remix handler of a build, behind the one page cache (shared copies of public pages, ETag/304). */
let handle: ReturnType<typeof handlerFor>
/** The same build mounted at `/cy`: the Welsh pages (app/i18n/locale.ts). */
let handleWelsh: ReturnType<typeof handlerFor>
function handlerFor(next: ChorusBuild) {
  return next.entry.module.withPageCache(createPartitionedRequestHandler(next, env.NODE_ENV))
}
const attachBuild = (next: ChorusBuild) => {
  if (stripeEmulator) next.entry.module.useStripeEmulator(stripeEmulator)
  handle = handlerFor(next)
  handleWelsh = next.entry.module.keepInWelsh(handlerFor({ ...next, basename: '/cy' }))
}
const isWelshPath = (path: string) => path === '/cy' || path.startsWith('/cy/')

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
app.use(publicFiles(express.static('public', { maxAge: '1h', setHeaders })))
app.use(handOriginToChorus)
attachBuild(build)
app.all('*', async (req, res, next) => {
  try {
    // The connection's peer: Chorus reads the client's address from it (app/utils/request.server.ts).
    const context = { cspNonce: randomBytes(16).toString('base64'), remoteAddress: req.socket.remoteAddress }
    const response = await (isWelshPath(req.path) ? handleWelsh : handle)(toFetchRequest(req, res), context)
    await sendFetchResponse(res, response)
  } catch (error) {
    next(error)
  }
})
app.use(((error, req, res, _next) => {
  log.error({ err: describeError(error), method: req.method, path: req.path }, 'request failed outside Remix')
  if (!res.headersSent) res.status(500).type('text/plain').send('Sorry, something went wrong. Try again in a moment.')
  else res.end()
}) as express.ErrorRequestHandler)

/**
 * The files of public/ other than the build (served above). In production the list is read once
 * at start, so a page request goes to Remix without first asking the disk for a file of its name.
 */
function publicFiles(serve: express.RequestHandler): express.RequestHandler {
  if (development) return serve
  const files = new Set(
    readdirSync('public', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${path.relative('public', path.join(entry.parentPath, entry.name)).split(path.sep).map(encodeURIComponent).join('/')}`)
      .filter((file) => !file.startsWith('/build/')),
  )
  return (req, res, next) => (files.has(req.path) ? serve(req, res, next) : next())
}

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

const listening = () => {
  log.info({ port: Number(env.PORT), url: env.appUrl, mode: env.NODE_ENV }, 'listening')
  if (development) void broadcastDevReady(build)
}
/**
 * An offline server (CHORUS_OFFLINE=1, or development without keys) has demo accounts, the dev mailbox and a Stripe stand-in: it listens on this
 * machine only, unless CHORUS_OFFLINE_PUBLIC=1 says otherwise (every page then warns about it).
 */
function listenHost() {
  const host = process.env.HOST || undefined
  if (!env.offline || env.CHORUS_OFFLINE_PUBLIC) return host
  if (host && !['127.0.0.1', 'localhost', '::1'].includes(host)) {
    log.fatal({ host }, 'CHORUS_OFFLINE=1 listens on this machine only; set CHORUS_OFFLINE_PUBLIC=1 to open it to others')
    process.exit(1)
  }
  return host ?? '127.0.0.1'
}
const host = listenHost()
const server = host ? app.listen(Number(env.PORT), host, listening) : app.listen(Number(env.PORT), listening)

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
 * Each connection, how many requests it has served and whether it is serving one now. Stopping
 * closes the connections that have served their requests and are waiting for another; a
 * connection just accepted is served first (Node's closeIdleConnections would also close one
 * whose first request it has not read yet, and its client would see a reset).
 */
const connections = new Map<Socket, { served: number; busy: number }>()
let accepted = 0
server.on('connection', (socket: Socket) => {
  accepted += 1
  connections.set(socket, { served: 0, busy: 0 })
  socket.once('close', () => connections.delete(socket))
})
server.on('request', (req: IncomingMessage, res: ServerResponse) => {
  const state = connections.get(req.socket)
  if (!state) return
  state.busy += 1
  res.once('close', () => {
    state.busy -= 1
    state.served += 1
    if (stopping && state.busy === 0) req.socket.end()
  })
})
async function acceptWaitingConnections() {
  const until = Date.now() + Math.min(2_000, env.SHUTDOWN_GRACE_MS)
  let seen = -1
  while (seen !== accepted && Date.now() < until) {
    seen = accepted
    await new Promise((resolve) => setTimeout(resolve, 25))
    // setImmediate runs right after the loop's poll phase, where new connections are accepted.
    await new Promise((resolve) => setImmediate(resolve))
  }
}
function closeSpentConnections() {
  for (const [socket, state] of connections) if (state.served > 0 && state.busy === 0) socket.end()
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
  // accepts them; closing the listener first would reset them. A busy loop can run its timers
  // before it polls for them, so keep accepting until a whole pass brings no new connection.
  await acceptWaitingConnections()
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  // Connections waiting for their next request close now; busy ones once their response is out.
  closeSpentConnections()
  const grace = setTimeout(() => {
    log.warn('grace period over: closing the connections still open')
    server.closeAllConnections()
  }, env.SHUTDOWN_GRACE_MS)
  await closed
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
