import { startStripeEmulator } from '../dev/stripe-emulator/index.server.ts'
import type { Env } from './env.server.ts'
import { allowFormTarget } from './security-headers.server.ts'
import { setStripe, stripeForEmulator } from './stripe.server.ts'

/**
 * Without Stripe keys, Chorus runs its own Stripe stand-in and points the SDK at it; its hosted
 * checkout posts signed webhooks back to this process. Another process may hold the usual port
 * (a second server, a test run): then any free port does.
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
  setStripe(stripeForEmulator(emulator.port))
  allowFormTarget(emulator.url)
  console.log(`Chorus: Stripe is not configured; TEST MODE with the local Stripe emulator at ${emulator.url}.`)
  return emulator
}
