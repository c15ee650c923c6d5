import { startStripeEmulator } from '~/dev/stripe-emulator/index.server.ts'
import type { Env } from './env.server.ts'
import { log } from './log.server.ts'

/**
 * Without Stripe keys, Chorus runs its own Stripe stand-in; its hosted checkout posts signed
 * webhooks back to this process. The server module loads this file with a dynamic import() only
 * when offline, and hands the emulator to the application (useStripeEmulator in boot.server.ts).
 * Another process may hold the usual port (a second server, a test run): then any free port does.
 */
export async function startLocalStripe(env: Env) {
  const options = { webhookUrl: `${env.appUrl}/webhooks/stripe`, webhookSecret: env.stripeWebhookSecret, log: () => {} }
  let emulator
  try {
    emulator = await startStripeEmulator({ ...options, port: env.STRIPE_EMULATOR_PORT })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    emulator = await startStripeEmulator({ ...options, port: 0 })
  }
  log.info({ url: emulator.url }, 'Stripe is not configured: test mode with the local Stripe emulator')
  return emulator
}
