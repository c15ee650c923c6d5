import { createHash, randomBytes } from 'node:crypto'
import type { EntryContext } from '@remix-run/node'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.server.ts'
import { isWelshPath, prefersWelsh } from '~/i18n/locale.ts'
import { db as appDb } from './db.server.ts'

/**
 * The one page cache of a Chorus server: what it keeps, for how long, and how every server
 * forgets it at once.
 *
 * Entries are keyed by the request's full URL and live PAGE_SECONDS. Each may hold two things:
 * - a rendered document, reused only while the loaders return exactly the same data (the loaders
 *   still run, so access is decided on current data every time; see `renderKey`);
 * - a whole response that said it is public (`Cache-Control: public, s-maxage`), which is exactly
 *   what a CDN in front may keep too: handed to other visitors without a session without running
 *   Remix at all (`withPageCache`).
 *
 * - a whole response made for one signed-in reader, on a page that says it may be kept for them
 *   (`keepForThisReader`): handed back to the same browser (the same cookies, the same URL) when it
 *   asks again, until PAGE_SECONDS pass, the page's own next change comes (a ballot opening), the
 *   session's end, or anything the page was made from changes. The pages a member or journalist
 *   refreshes at an embargo lift or a ballot's close are so kept.
 *
 * Nothing made for a request with a session is kept for anyone else, nothing that sets a cookie
 * and nothing under embargo (such pages say `private, no-store`, and never call
 * `keepForThisReader`) is ever kept, and a browser is always told `private, no-store` for a
 * signed-in page. A change that public pages show (a briefing corrected or withdrawn, the roster
 * of spokespeople) calls `forgetPublicPages`, which clears this server at once and every other
 * server through PostgreSQL NOTIFY (PGlite: the same process hears it). The tables the kept pages
 * are made from announce their own changes on the same channel, by trigger (migration 0035): a
 * change to one person's rows (their session, account, membership, email choices) forgets the
 * pages kept for that person (`u:` and their id), a change to rows everyone sees (ballots,
 * briefings, statements, tiers, spokespeople) forgets every page. A form sent with a session, or
 * the message a form leaves, forgets that browser's pages here at once. A server keeps whole
 * responses only while it is listening, so it can always be told to forget them.
 */
const PAGE_SECONDS = 5
/** How long a CDN may serve a public page past its s-maxage while it asks Chorus again. */
const STALE_SECONDS = 15
/** For pages anyone without a session sees alike, once nothing on them can be under embargo. */
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PAGE_SECONDS}, stale-while-revalidate=${STALE_SECONDS}`
/** For anything signed in, under embargo, or that must never be kept. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/** The PostgreSQL channel on which a server tells the others to forget their copies. */
export const PAGE_CACHE_CHANNEL = 'chorus_page_cache'
/** A notification `u:<user id>`: that person's rows changed (sent by the triggers of migration 0035). */
const READER_PREFIX = 'u:'
const TTL_MS = PAGE_SECONDS * 1000
const MAX_ENTRIES = 300
const MAX_BODY_CHARS = 512 * 1024
const NONCE_SLOT = '\u0000chorus-nonce\u0000'

interface Rendered {
  fingerprint: string
  html: string
  at: number
}

interface Copy {
  /** When it stops being handed out: its s-maxage, never more than PAGE_SECONDS. */
  until: number
  status: number
  headers: [string, string][]
  body: string
  etag: string
  at: number
}

interface Entry {
  rendered?: Rendered
  copy?: Copy
}

const entries = new Map<string, Entry>()
/**
 * `generation` moves whenever everything is forgotten, `readerGeneration` whenever any reader's
 * pages are: a response begun before either moved is not kept (it may show what was forgotten).
 */
const state = { generation: 0, readerGeneration: 0, listening: false, starting: false }

/** A session, or a one-off message waiting to be shown after a form (app/utils/flash.server.ts). */
const SESSION_COOKIE = /(?:^|;\s*)chorus_(?:session|flash)=/
const SESSION_VALUE = /(?:^|;\s*)chorus_session=([^;]*)/
const FLASH_COOKIE = /(?:^|;\s*)chorus_flash=/

/**
 * Whether the request carries a session or a waiting message: such a reader never gets, nor
 * makes, a shared copy (a shared copy would neither show the message nor clear it).
 */
export function hasSession(request: Request) {
  return SESSION_COOKIE.test(request.headers.get('cookie') ?? '')
}

/**
 * Cache-Control for something public: kept PAGE_SECONDS, or only until `changesAt` (the next
 * embargo lift, for a page listing lifted briefings) when that comes sooner. Nothing is kept in
 * the last second before such a moment.
 */
export function publicCacheControl(changesAt: Date | null = null, now = new Date()) {
  if (!changesAt) return PUBLIC_CACHE_CONTROL
  const seconds = Math.min(PAGE_SECONDS, Math.floor((changesAt.getTime() - now.getTime()) / 1000))
  if (seconds < 1) return 'public, no-cache'
  return `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=${STALE_SECONDS}`
}

/** Cache-Control for a page that is public for a reader without a session, private otherwise. */
export function pageCacheHeaders(publicForThisReader: boolean, changes: { at: Date | null; now: Date } = { at: null, now: new Date() }): Record<string, string> {
  return publicForThisReader ? { 'Cache-Control': publicCacheControl(changes.at, changes.now), Vary: 'Cookie, Accept-Language' } : { 'Cache-Control': PRIVATE_CACHE_CONTROL }
}

function entryFor(key: string, now: number) {
  const entry = entries.get(key)
  if (!entry) return undefined
  if (entry.rendered && now - entry.rendered.at > TTL_MS) entry.rendered = undefined
  if (entry.copy && (now > entry.copy.until || now - entry.copy.at > TTL_MS)) entry.copy = undefined
  if (!entry.rendered && !entry.copy) {
    entries.delete(key)
    return undefined
  }
  // Most recently used last, so eviction takes the oldest.
  entries.delete(key)
  entries.set(key, entry)
  return entry
}

function keep(key: string, part: Partial<Entry>) {
  const entry = entries.get(key) ?? {}
  entries.delete(key)
  entries.set(key, { ...entry, ...part })
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!)
}

/**
 * The fingerprint of this document, or null when it must not be reused. A document is a pure
 * function of its URL, its status and the data its loaders returned (plus the nonce): when a
 * loader returns anything different — a new version, an embargo lifted at request time, a vote
 * count — the fingerprint changes and the page is rendered afresh.
 */
export function renderKey(request: Request, status: number, context: EntryContext): string | null {
  if (request.method !== 'GET' || status !== 200 || context.isSpaMode) return null
  if (hasSession(request)) return null
  const handlerState = context.staticHandlerContext
  if (handlerState.activeDeferreds && Object.keys(handlerState.activeDeferreds).length > 0) return null
  const hash = createHash('sha256')
  hash.update(JSON.stringify([handlerState.loaderData, handlerState.actionData, handlerState.errors]))
  return hash.digest('base64url')
}

export function cachedRender(request: Request, fingerprint: string, nonce: string, now = Date.now()): string | null {
  const rendered = entryFor(request.url, now)?.rendered
  if (!rendered || rendered.fingerprint !== fingerprint) return null
  return rendered.html.replaceAll(NONCE_SLOT, nonce)
}

export function keepRender(request: Request, fingerprint: string, html: string, nonce: string, now = Date.now()) {
  if (html.length > MAX_BODY_CHARS) return
  keep(request.url, { rendered: { fingerprint, html: html.replaceAll(nonce, NONCE_SLOT), at: now } })
}

interface ReaderCopy {
  /** The person it was made for, and the session (hashed) it was made under. */
  userId: string
  session: string
  /** PAGE_SECONDS after it was made, or sooner: the page's next change, the session's end. */
  until: number
  status: number
  headers: [string, string][]
  body: string
}

const readerCopies = new Map<string, ReaderCopy>()
/** At most this much page text kept for readers (about 40 MB), the oldest let go first. */
const READER_BUDGET_CHARS = 20 * 1024 * 1024
let readerChars = 0

function dropReaderCopy(key: string) {
  const copy = readerCopies.get(key)
  if (!copy) return
  readerChars -= copy.body.length
  readerCopies.delete(key)
}

interface ReaderMark {
  userId?: string
  sessionEndsAt?: number
  /** Set by the page: it may be kept for this reader until then. */
  keepUntil?: number
}
/** What the loaders of one request learnt about its reader, keyed by the request's load context. */
const readerMarks = new WeakMap<object, ReaderMark>()

/**
 * Called by the session lookup (app/utils/session.server.ts) for a loader's request: who is
 * signed in, and until when the session lasts.
 */
export function noteReader(context: object, reader: { userId: string; sessionEndsAt: Date }) {
  const mark = readerMarks.get(context)
  if (mark && mark.userId !== reader.userId) {
    // Two people in one request cannot happen with one cookie; keep nothing if it ever did.
    mark.keepUntil = Number.NEGATIVE_INFINITY
    return
  }
  readerMarks.set(context, { ...mark, userId: reader.userId, sessionEndsAt: Math.min(mark?.sessionEndsAt ?? Infinity, reader.sessionEndsAt.getTime()) })
}

/**
 * For a page a signed-in person refreshes (their account, the ballots, a lifted briefing): it may
 * be handed back to the same browser for PAGE_SECONDS, or until `changesAt` when the page changes
 * sooner by the clock alone (a ballot opening or closing). Everything else it shows must come from
 * tables that announce their changes (tests/integration/kept-pages.test.ts checks the pages kept).
 * Never for a page that records each view (an embargoed briefing) or shows anything once.
 */
export function keepForThisReader(context: object, changesAt: Date | null = null) {
  const until = Math.min(Date.now() + TTL_MS, changesAt?.getTime() ?? Infinity)
  const mark = readerMarks.get(context)
  readerMarks.set(context, { ...mark, keepUntil: Math.min(mark?.keepUntil ?? Infinity, until) })
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url')

/**
 * A reader's copy is found by everything the browser sends that a page may depend on: its
 * cookies (the session among them), its languages and the URL.
 */
function readerKey(request: Request) {
  return digest(`${request.headers.get('cookie') ?? ''}\u0000${request.headers.get('accept-language') ?? ''}\u0000${request.url}`)
}

function sessionOf(request: Request) {
  const value = SESSION_VALUE.exec(request.headers.get('cookie') ?? '')?.[1]
  return value ? digest(value) : null
}

function forgetReaders(matches: (copy: ReaderCopy) => boolean) {
  state.readerGeneration += 1
  for (const [key, copy] of readerCopies) if (matches(copy)) dropReaderCopy(key)
}

/** Forgets the pages kept for one person, on this server: their rows changed. */
function forgetReader(userId: string) {
  forgetReaders((copy) => copy.userId === userId)
}

function readerCopyFor(key: string, now: number) {
  const copy = readerCopies.get(key)
  if (!copy) return undefined
  if (now >= copy.until) {
    dropReaderCopy(key)
    return undefined
  }
  return copy
}

function keepForReader(key: string, copy: ReaderCopy) {
  dropReaderCopy(key)
  readerCopies.set(key, copy)
  readerChars += copy.body.length
  while (readerChars > READER_BUDGET_CHARS) dropReaderCopy(readerCopies.keys().next().value!)
}

/**
 * Names this server in its notifications, so it does not forget, when its own notification comes
 * back, copies it made after the change (it forgot at once when it made the change).
 */
const SERVER_TOKEN = randomBytes(9).toString('base64url')

/** Forgets every page this server keeps, and stops responses begun before now from being kept. */
function forgetHere() {
  entries.clear()
  publicRows.clear()
  readerCopies.clear()
  readerChars = 0
  state.generation += 1
  state.readerGeneration += 1
}

const publicRows = new Map<string, { at: number; value: unknown }>()

/**
 * Rows that anyone may see, read once per PAGE_SECONDS for every reader, with or without a
 * session, and forgotten with the pages (`forgetPublicPages`). A signed-in reader's page is never
 * kept whole, but its loader need not read again what is public anyway: it still decides what this
 * reader may see on every request, from these rows. `isPublic` says whether what was read may be
 * kept (a briefing still under embargo is not). Kept only while this server listens for changes.
 */
export async function readPublicRows<T>(key: string, read: () => Promise<T>, isPublic: (value: T) => boolean, now = Date.now()): Promise<T> {
  const kept = publicRows.get(key)
  if (kept && now - kept.at <= TTL_MS) return kept.value as T
  const generation = state.generation
  const value = await read()
  if (state.listening && generation === state.generation && isPublic(value)) {
    publicRows.delete(key)
    publicRows.set(key, { at: now, value })
    while (publicRows.size > MAX_ENTRIES) publicRows.delete(publicRows.keys().next().value!)
  }
  return value
}

/**
 * Call after a committed change that public pages show: this server forgets at once, every other
 * server when PostgreSQL delivers the notification (within milliseconds).
 */
export async function forgetPublicPages(db: Db) {
  forgetHere()
  try {
    await db.execute(sql`select pg_notify(${PAGE_CACHE_CHANNEL}, ${SERVER_TOKEN})`)
  } catch (error) {
    // The change itself is committed; other servers then drop their copies within PAGE_SECONDS.
    console.error(`Chorus: could not tell the other servers to forget their pages: ${(error as Error).message}`)
  }
}

type PostgresClient = ((...args: unknown[]) => unknown) & {
  listen(channel: string, onNotify: (payload: string) => void, onListen?: () => void): Promise<unknown>
}
type PgliteClient = { listen(channel: string, callback: (payload: string) => void): Promise<unknown> }

/**
 * Starts listening for other servers' changes on the application's database, once per process.
 * postgres.js listens on a connection of its own and listens again after it reconnects; whatever
 * was said while it was away is unknown, so everything kept is forgotten then.
 */
function listenForChanges() {
  if (state.listening || state.starting) return
  const client = (appDb as unknown as { $client?: unknown } | undefined)?.$client
  if (!client || typeof (client as { listen?: unknown }).listen !== 'function') return
  state.starting = true
  const heard = (payload: string) => {
    if (payload === SERVER_TOKEN) return
    if (payload.startsWith(READER_PREFIX)) forgetReader(payload.slice(READER_PREFIX.length))
    else forgetHere()
  }
  const started =
    typeof client === 'function'
      ? (client as PostgresClient).listen(PAGE_CACHE_CHANNEL, heard, () => {
          forgetHere()
          state.listening = true
        })
      : (client as PgliteClient).listen(PAGE_CACHE_CHANNEL, heard).then(() => {
          state.listening = true
        })
  started.catch((error: Error) => console.error(`Chorus: not keeping whole pages, cannot listen for changes: ${error.message}`)).finally(() => (state.starting = false))
}

/** How long a shared cache may keep a response, or 0 when it is not public. */
function sharedSeconds(cacheControl: string | null) {
  if (cacheControl === null || !/\bpublic\b/.test(cacheControl) || /\b(private|no-store|no-cache)\b/.test(cacheControl)) return 0
  return Number(/\bs-maxage=(\d+)/.exec(cacheControl)?.[1] ?? 0)
}

function isPublic(cacheControl: string | null) {
  return sharedSeconds(cacheControl) > 0
}

const TEXT = /^(text\/|application\/([\w.+-]*\+)?(json|xml)\b)/

/** A weak tag: the bytes differ from one response to the next by the CSP nonce only. */
function etagOf(body: string) {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

function matches(request: Request, etag: string) {
  const asked = request.headers.get('if-none-match')
  if (!asked) return false
  if (asked.trim() === '*') return true
  const bare = etag.replace(/^W\//, '')
  return asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare)
}

/** Only what a cache needs to refresh its copy: a new CSP would not match the nonce in the body it keeps. */
function notModified(headers: Iterable<[string, string]>) {
  const kept = new Headers()
  for (const [name, value] of headers) if (/^(etag|cache-control|vary|date|x-content-type-options|referrer-policy|strict-transport-security)$/i.test(name)) kept.append(name, value)
  return new Response(null, { status: 304, headers: kept })
}

function nonceOf(headers: Headers) {
  return /'nonce-([^']+)'/.exec(headers.get('content-security-policy') ?? '')?.[1]
}

/**
 * Wraps the Remix request handler (`(request, loadContext) => Promise<Response>`): the one hook a
 * server calls. It hands out kept public responses without running Remix (with a fresh CSP nonce
 * written in), keeps new ones, gives every public response a weak ETag and answers a matching
 * If-None-Match with 304, and makes every response to a signed-in reader, or that sets a cookie,
 * and every error answer that says nothing about caching, `private, no-store`. A signed-in
 * reader's page is kept for them alone when the page says so (`keepForThisReader`). A `cspNonce`
 * string in the load context is written into copies; otherwise one is made.
 */
export function withPageCache<Context>(handle: (request: Request, loadContext: Context) => Promise<Response>) {
  return async (request: Request, loadContext: Context): Promise<Response> => {
    listenForChanges()
    const signedIn = hasSession(request)
    const nonceFor = () => {
      const given = (loadContext as { cspNonce?: unknown } | undefined)?.cspNonce
      return typeof given === 'string' ? given : randomBytes(16).toString('base64')
    }
    const key = request.method === 'GET' && !signedIn ? variantKey(request) : null
    const copy = key ? entryFor(key, Date.now())?.copy : undefined
    if (copy) {
      if (matches(request, copy.etag)) return notModified(copy.headers)
      return fromCopy(copy, nonceFor())
    }
    const session = sessionOf(request)
    // A form sent, or the message it left: what this browser was shown may have changed.
    const changedHere = session !== null && (!['GET', 'HEAD'].includes(request.method) || FLASH_COOKIE.test(request.headers.get('cookie') ?? ''))
    if (changedHere) forgetReaders((kept) => kept.session === session)
    const readerKeyed = session !== null && !changedHere && request.method === 'GET' ? readerKey(request) : null
    const readerCopy = readerKeyed && state.listening ? readerCopyFor(readerKeyed, Date.now()) : undefined
    if (readerCopy) return fromCopy(readerCopy, nonceFor())

    const generation = state.generation
    const readerGeneration = state.readerGeneration
    const response = await handle(request, loadContext)
    if (changedHere) forgetReaders((kept) => kept.session === session)
    const cacheControl = response.headers.get('cache-control')
    if (signedIn || response.headers.has('set-cookie')) {
      if (signedIn || isPublic(cacheControl)) {
        response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
        response.headers.delete('etag')
      }
      const mark = typeof loadContext === 'object' && loadContext !== null ? readerMarks.get(loadContext) : undefined
      const now = Date.now()
      if (
        readerKeyed &&
        session &&
        mark?.keepUntil !== undefined &&
        mark.userId !== undefined &&
        mark.sessionEndsAt !== undefined &&
        state.listening &&
        generation === state.generation &&
        readerGeneration === state.readerGeneration &&
        response.status === 200 &&
        !response.headers.has('set-cookie') &&
        TEXT.test(response.headers.get('content-type') ?? '')
      ) {
        const until = Math.min(mark.keepUntil, mark.sessionEndsAt, now + TTL_MS)
        const body = await response.text()
        const nonce = nonceOf(response.headers)
        if (until > now && body.length <= MAX_BODY_CHARS) {
          const slot = (text: string) => (nonce ? text.replaceAll(nonce, NONCE_SLOT) : text)
          keepForReader(readerKeyed, { userId: mark.userId, session, until, status: 200, headers: [...response.headers].map(([name, value]) => [name, slot(value)]), body: slot(body) })
        }
        const headers = new Headers(response.headers)
        headers.delete('content-length')
        return new Response(body, { status: 200, headers })
      }
      return response
    }
    // A cache told nothing may keep a 404 (RFC 9111 §4.2.2): one before an embargo's lift would hide
    // the briefing past it. Error answers that say nothing are never kept.
    if (response.status >= 400 && !cacheControl) response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
    if (!isPublic(cacheControl) || response.status !== 200 || !['GET', 'HEAD'].includes(request.method) || !TEXT.test(response.headers.get('content-type') ?? '')) return response

    const body = await response.text()
    const nonce = nonceOf(response.headers)
    const slotted = nonce ? body.replaceAll(nonce, NONCE_SLOT) : body
    const etag = etagOf(slotted)
    const headers = new Headers(response.headers)
    headers.set('ETag', etag)
    headers.delete('content-length')
    if (key && state.listening && generation === state.generation && body.length <= MAX_BODY_CHARS) {
      const stored: [string, string][] = [...headers].map(([name, value]) => [name, nonce ? value.replaceAll(nonce, NONCE_SLOT) : value])
      const at = Date.now()
      keep(key, { copy: { status: 200, headers: stored, body: slotted, etag, at, until: at + Math.min(PAGE_SECONDS, sharedSeconds(cacheControl)) * 1000 } })
    }
    if (matches(request, etag)) return notModified(headers)
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
  }
}

/** A kept response, with this response's own CSP nonce written in. */
function fromCopy(copy: { status: number; headers: [string, string][]; body: string }, nonce: string) {
  const headers = new Headers()
  for (const [name, value] of copy.headers) headers.append(name, value.replaceAll(NONCE_SLOT, nonce))
  return new Response(copy.body.replaceAll(NONCE_SLOT, nonce), { status: copy.status, headers })
}

/**
 * A visitor whose browser puts Welsh first is offered the Welsh page on an English one
 * (app/root.tsx), so such visitors share their own copy of each English page.
 */
function variantKey(request: Request) {
  const { pathname } = new URL(request.url)
  return prefersWelsh(request.headers.get('accept-language')) && !isWelshPath(pathname) ? `${request.url}\u0000cy` : request.url
}

/** For tests: forget everything this process keeps, as a notification would. */
export function clearPageCache() {
  forgetHere()
}

/** Whether this process is listening for other servers' changes (and so may keep whole pages). */
export function isListeningForChanges() {
  return state.listening
}
