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
