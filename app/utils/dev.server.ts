import { getEnv } from './env.server.ts'
import { clientIp } from './request.server.ts'

/** 127.0.0.0/8 and ::1: this machine. */
const isLoopback = (address: string) => /^127\.\d+\.\d+\.\d+$/.test(address) || address === '::1'

/**
 * The development mailbox exists only in development and offline mode, and holds reset links and
 * embargoed alerts: it answers this machine only, unless CHORUS_OFFLINE_PUBLIC=1 opened the
 * offline build to others on purpose. (A server that passes no peer address is the development
 * server, which runs on one's own machine.)
 */
export function requireDevMailbox(request?: Request, context?: unknown) {
  const env = getEnv()
  if (!env.offline) throw new Response('Not Found', { status: 404 })
  if (!request || env.CHORUS_OFFLINE_PUBLIC) return
  const address = clientIp(request, context)
  if (address !== 'unknown' && !isLoopback(address)) throw new Response('Not Found', { status: 404 })
}
