import { readFileSync } from 'node:fs'
import path from 'node:path'
import { testdataPath } from '../../../tests/helpers/testdata.ts'
import { describe, expect, it } from 'vitest'
import { readStripeEvent, versionOf } from './stripe-events.ts'

const testdata = testdataPath('stripe')
const fixture = (name: string) => JSON.parse(readFileSync(path.join(testdata, 'events', `${name}.json`), 'utf8'))

describe('readStripeEvent on Stripe’s own payloads (API 2020-08-27)', () => {
  it('reads subscription events with their status and period', () => {
    const change = readStripeEvent(fixture('customer.subscription.created'))
    expect(change).toMatchObject({
      kind: 'subscription',
      status: 'active',
      customerId: 'cus_00000000000000',
      subscriptionId: 'sub_000000000000000000000000',
      periodEnd: new Date(1650998510 * 1000),
    })
    expect(readStripeEvent(fixture('customer.subscription.deleted'))).toMatchObject({ kind: 'subscription', status: 'cancelled' })
  })

  it('ignores a payment-mode checkout and invoices that belong to no subscription', () => {
    expect(readStripeEvent(fixture('checkout.session.completed'))).toEqual({ kind: 'ignored', reason: 'not a subscription checkout' })
    expect(readStripeEvent(fixture('invoice.paid'))).toEqual({ kind: 'ignored', reason: 'not a subscription invoice' })
    expect(readStripeEvent(fixture('invoice.payment_failed'))).toEqual({ kind: 'ignored', reason: 'not a subscription invoice' })
  })

  it('ignores unknown event types', () => {
    expect(readStripeEvent({ ...fixture('invoice.paid'), type: 'charge.refund.updated' }).kind).toBe('ignored')
  })
})

describe('readStripeEvent on the newer invoice shape (API 2025-03-31 onwards)', () => {
  it('finds the subscription under parent.subscription_details', () => {
    const data = JSON.parse(readFileSync(path.join(testdata, 'supplementary-basil-shape', 'invoice.payment_failed.data.json'), 'utf8'))
    const change = readStripeEvent({ id: 'evt_basil', type: 'invoice.payment_failed', created: 1745433906, data })
    expect(change).toMatchObject({ kind: 'invoice_failed', status: 'past_due', subscriptionId: 'sub_1234', customerId: 'cus_1234' })
  })
})

describe('versionOf', () => {
  it('orders by time, then by lifecycle stage, then by id', () => {
    const sorted = [versionOf(200, 'active', 'evt_b'), versionOf(100, 'cancelled', 'evt_a'), versionOf(200, 'cancelled', 'evt_a'), versionOf(200, 'active', 'evt_a')].sort()
    expect(sorted).toEqual([versionOf(100, 'cancelled', 'evt_a'), versionOf(200, 'active', 'evt_a'), versionOf(200, 'active', 'evt_b'), versionOf(200, 'cancelled', 'evt_a')])
  })
})

describe('readStripeEvent for a Direct Debit checkout', () => {
  const session = { object: 'checkout.session', mode: 'subscription', client_reference_id: '00000000-0000-4000-8000-000000000001', customer: 'cus_1', subscription: 'sub_1' }
  const event = (type: string, extra: Record<string, unknown> = {}) => ({ id: `evt_${type}`, type, created: 1_800_000_000, data: { object: { ...session, ...extra } } })

  it('reads a completed but unpaid checkout as a payment still processing', () => {
    expect(readStripeEvent(event('checkout.session.completed', { payment_status: 'unpaid' }))).toMatchObject({ kind: 'checkout', status: 'payment_processing', subscriptionId: 'sub_1' })
    expect(readStripeEvent(event('checkout.session.completed', { payment_status: 'paid' }))).toMatchObject({ kind: 'checkout', status: 'active' })
  })

  it('reads the cleared and the failed payment', () => {
    expect(readStripeEvent(event('checkout.session.async_payment_succeeded', { payment_status: 'paid' }))).toMatchObject({ kind: 'checkout', status: 'active' })
    expect(readStripeEvent(event('checkout.session.async_payment_failed'))).toMatchObject({ kind: 'async_payment_failed', status: 'pending_payment' })
  })

  it('orders, within one second, pending payment < processing < a failed first payment < active', () => {
    const versions = [versionOf(5, 'active', 'evt_a'), versionOf(5, 'first_payment_failed', 'evt_d'), versionOf(5, 'payment_processing', 'evt_b'), versionOf(5, 'pending_payment', 'evt_c')].sort()
    expect(versions).toEqual([versionOf(5, 'pending_payment', 'evt_c'), versionOf(5, 'payment_processing', 'evt_b'), versionOf(5, 'first_payment_failed', 'evt_d'), versionOf(5, 'active', 'evt_a')])
  })
})
