import { getEnv } from './env.server.ts'

/** The development mailbox exists only in development and offline mode. */
export function requireDevMailbox() {
  if (!getEnv().offline) throw new Response('Not Found', { status: 404 })
}
