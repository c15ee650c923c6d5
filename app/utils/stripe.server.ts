import Stripe from 'stripe'
import { getEnv } from './env.server.ts'

const EMULATOR_KEY = 'sk_test_chorus_emulator'

let client: Stripe | undefined

/**
 * The Stripe SDK: against Stripe with STRIPE_SECRET_KEY, otherwise against the local emulator
 * (started at boot), so development and tests run the same code with no internet.
 */
export function getStripe(): Stripe {
  if (client) return client
  const env = getEnv()
  client = env.STRIPE_SECRET_KEY ? new Stripe(env.STRIPE_SECRET_KEY, { maxNetworkRetries: 2, timeout: 20_000 }) : stripeForEmulator(env.STRIPE_EMULATOR_PORT)
  return client
}

export function stripeForEmulator(port: number) {
  return new Stripe(EMULATOR_KEY, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0, timeout: 10_000 })
}

/** Tests point the app at their own emulator. */
export function setStripe(stripe: Stripe) {
  client = stripe
}

let emulatorUrl: string | null = null

/** Offline: where the local Stripe emulator's pages are (its Direct Debit controls), or null when Stripe is real. */
export function stripeEmulatorUrl() {
  return emulatorUrl
}

export function rememberStripeEmulatorUrl(url: string) {
  emulatorUrl = url
}
