import { getCustomer } from './customers.server.ts'
import type { Params } from './form-params.server.ts'
import { newId, unixNow } from './ids.server.ts'
import { rejectUnknown, requiredString, stringParam } from './params.server.ts'
import type { PortalSession, Store } from './store.server.ts'

export function createPortalSession(store: Store, baseUrl: string, params: Params): PortalSession {
  rejectUnknown(params, ['customer', 'return_url', 'configuration', 'locale', 'expand'])
  const customer = getCustomer(store, requiredString(params, 'customer'), 'customer')
  const id = newId('bps')
  const session: PortalSession = {
    id,
    object: 'billing_portal.session',
    configuration: stringParam(params, 'configuration') ?? 'bpc_chorus_emulator',
    created: unixNow(),
    customer: customer.id,
    flow: null,
    livemode: false,
    locale: stringParam(params, 'locale') ?? null,
    on_behalf_of: null,
    return_url: stringParam(params, 'return_url') ?? null,
    url: `${baseUrl}/portal/${id}`,
  }
  store.portalSessions.set(id, session)
  return session
}

export function customerSubscriptions(store: Store, customerId: string) {
  return [...store.subscriptions.values()].filter((subscription) => subscription.customer === customerId)
}
