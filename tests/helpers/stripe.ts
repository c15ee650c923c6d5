import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll } from 'vitest'
import { startStripeEmulator, type StripeEmulator } from '../../app/dev/stripe-emulator/index.server.ts'
import * as stripeWebhook from '../../app/routes/webhooks.stripe.ts'
import { getEnv } from '../../app/utils/env.server.ts'
import { setStripe, stripeForEmulator } from '../../app/utils/stripe.server.ts'

/** A complete, valid /join form; override any field. */
export function joinForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    name: 'Amira Okafor',
    email: 'amira.okafor@example.test',
    password: 'a long enough password',
    tierId: 'full',
    interval: 'year',
    regulator: 'swe',
    registrationNumber: 'sw0123456',
    nation: 'england',
    branch: 'London',
    sector: 'children',
    consentTerms: 'on',
    topics: 'ballots',
    ...overrides,
  }
}

/** Starts the Stripe emulator for the tests of one file and stops it after them. */
export function useTestStripe() {
  const handle = {} as TestStripe
  beforeAll(async () => {
    Object.assign(handle, await startTestStripe())
  })
  afterAll(async () => {
    await handle.stop()
  })
  return handle
}

function withoutTopics({ topics: _topics, ...form }: Record<string, string>) {
  return form
}

type TestStripe = Awaited<ReturnType<typeof startTestStripe>>

/**
 * The Stripe emulator, wired to the app as in development: the SDK talks to it, and its signed
 * webhooks reach the app's real /webhooks/stripe action through a small local receiver.
 */
export async function startTestStripe(): Promise<{ emulator: StripeEmulator; stop(): Promise<void> }> {
  const receiver: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const request = new Request(`http://localhost:3000${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: Buffer.concat(chunks),
    })
    const response = await stripeWebhook.action({ request, params: {}, context: {} })
    res.writeHead(response.status, { 'content-type': 'text/plain' })
    res.end(await response.text())
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const port = (receiver.address() as AddressInfo).port
  const emulator = await startStripeEmulator({ webhookUrl: `http://127.0.0.1:${port}/webhooks/stripe`, webhookSecret: getEnv().stripeWebhookSecret, retryDelaysMs: [50] })
  setStripe(stripeForEmulator(emulator.port))
  return {
    emulator,
    async stop() {
      await emulator.stop()
      receiver.closeAllConnections()
      await new Promise<void>((resolve) => receiver.close(() => resolve()))
    },
  }
}

/** Pays on the emulator's hosted checkout page as a person would. */
export function payOnCheckout(checkoutUrl: string, card = '4242 4242 4242 4242') {
  return fetch(checkoutUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ card_number: card, card_expiry: '12/34', card_cvc: '123', card_name: 'Amira Okafor' }),
  })
}

let joined = 0
/** A newcomer joins through /join and pays on the emulator's checkout; returns their cookie and ids. */
export async function joinAndPay(overrides: Record<string, string> = {}) {
  const { callRoute } = await import('./routes.ts')
  const join = await import('../../app/routes/join.tsx')
  joined += 1
  const res = await callRoute(join.action, {
    path: '/join',
    form: withoutTopics(
      joinForm({
        name: `Joiner ${joined}`,
        email: `joiner-${joined}-${Date.now()}@example.test`,
        registrationNumber: `SW${500000 + joined}`,
        ...overrides,
      }),
    ),
  })
  if (res.status !== 302) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`)
  const paid = await payOnCheckout(res.headers.get('location')!)
  if (paid.status !== 303) throw new Error(`payment failed: ${paid.status}`)
  return { cookie: res.headers.get('set-cookie')!.split(';')[0] }
}

/** Sets up a Bacs Direct Debit on the emulator's hosted checkout page as a person would (00012345 clears, 90012345 fails). */
export function payByDirectDebit(checkoutUrl: string, accountNumber = '00012345') {
  return fetch(checkoutUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      payment_method: 'bacs_debit',
      bacs_name: 'Amira Okafor',
      bacs_email: 'amira.okafor@example.test',
      bacs_sort_code: '10-88-00',
      bacs_account_number: accountNumber,
      bacs_mandate: 'accepted',
    }),
  })
}
