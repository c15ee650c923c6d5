import { noSuch } from './errors.server.ts'
import type { Params } from './form-params.server.ts'
import { newId, unixNow } from './ids.server.ts'
import { mergeMetadata, rejectUnknown, stringParam } from './params.server.ts'
import type { Customer, Store } from './store.server.ts'

const FIELDS = ['email', 'name', 'metadata', 'phone', 'description', 'preferred_locales', 'expand']

export function createCustomer(store: Store, params: Params): Customer {
  rejectUnknown(params, FIELDS)
  const customer: Customer = {
    id: newId('cus', 14),
    object: 'customer',
    address: null,
    balance: 0,
    created: unixNow(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: stringParam(params, 'description') ?? null,
    email: stringParam(params, 'email') || null,
    invoice_prefix: newId('x', 8).slice(2).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: mergeMetadata({}, params),
    name: stringParam(params, 'name') || null,
    next_invoice_sequence: 1,
    phone: stringParam(params, 'phone') || null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  }
  store.customers.set(customer.id, customer)
  return customer
}

export function getCustomer(store: Store, id: string, param = 'id') {
  const customer = store.customers.get(id)
  if (!customer) throw noSuch('customer', id, param)
  return customer
}

export function updateCustomer(store: Store, id: string, params: Params) {
  rejectUnknown(params, FIELDS)
  const customer = getCustomer(store, id)
  for (const field of ['email', 'name', 'phone', 'description'] as const) {
    const value = stringParam(params, field)
    if (value !== undefined) customer[field] = value || null
  }
  customer.metadata = mergeMetadata(customer.metadata, params)
  return customer
}
