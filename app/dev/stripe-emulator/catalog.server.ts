import { StripeApiError, badParam, noSuch } from './errors.server.ts'
import type { Params } from './form-params.server.ts'
import { newId, unixNow } from './ids.server.ts'
import { booleanParam, integerParam, mergeMetadata, objectParam, rejectUnknown, requiredString, stringArrayParam, stringParam } from './params.server.ts'
import type { Price, Product, Store } from './store.server.ts'

const INTERVALS = ['day', 'week', 'month', 'year']

export function createProduct(store: Store, params: Params, path = ''): Product {
  rejectUnknown(params, ['id', 'name', 'description', 'metadata', 'active', 'expand'], path)
  const id = stringParam(params, 'id') ?? newId('prod', 14)
  if (store.products.has(id)) throw badParam(`Product already exists.`, 'id', 'resource_already_exists')
  const now = unixNow()
  const product: Product = {
    id,
    object: 'product',
    active: booleanParam(params, 'active') ?? true,
    created: now,
    default_price: null,
    description: stringParam(params, 'description') ?? null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: mergeMetadata({}, params),
    name: requiredString(params, 'name', path ? `${path}[name]` : 'name'),
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    type: 'service',
    unit_label: null,
    updated: now,
    url: null,
  }
  store.products.set(product.id, product)
  return product
}

export function getProduct(store: Store, id: string) {
  const product = store.products.get(id)
  if (!product) throw noSuch('product', id)
  return product
}

export function createPrice(store: Store, params: Params): Price {
  rejectUnknown(params, ['currency', 'unit_amount', 'recurring', 'product', 'product_data', 'lookup_key', 'transfer_lookup_key', 'metadata', 'nickname', 'active', 'tax_behavior', 'expand'])
  const productData = objectParam(params, 'product_data')
  const productId = stringParam(params, 'product')
  if (!productId && !productData) throw badParam('Missing required param: product.', 'product', 'parameter_missing')
  const product = productData ? createProduct(store, productData, 'product_data') : getProduct(store, productId!)
  const unitAmount = integerParam(params, 'unit_amount')
  if (unitAmount === undefined) throw badParam('Missing required param: unit_amount.', 'unit_amount', 'parameter_missing')
  const lookupKey = stringParam(params, 'lookup_key') ?? null
  if (lookupKey) releaseLookupKey(store, lookupKey, booleanParam(params, 'transfer_lookup_key') ?? false)
  const price: Price = {
    id: newId('price'),
    object: 'price',
    active: booleanParam(params, 'active') ?? true,
    billing_scheme: 'per_unit',
    created: unixNow(),
    currency: requiredString(params, 'currency').toLowerCase(),
    custom_unit_amount: null,
    livemode: false,
    lookup_key: lookupKey,
    metadata: mergeMetadata({}, params),
    nickname: stringParam(params, 'nickname') ?? null,
    product: product.id,
    recurring: recurringFrom(params),
    tax_behavior: stringParam(params, 'tax_behavior') ?? 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: params.recurring ? 'recurring' : 'one_time',
    unit_amount: unitAmount,
    unit_amount_decimal: String(unitAmount),
  }
  store.prices.set(price.id, price)
  return price
}

function recurringFrom(params: Params): Price['recurring'] {
  const recurring = objectParam(params, 'recurring')
  if (!recurring) return null
  rejectUnknown(recurring, ['interval', 'interval_count', 'usage_type'], 'recurring')
  const interval = requiredString(recurring, 'interval', 'recurring[interval]')
  if (!INTERVALS.includes(interval)) {
    throw badParam(`Invalid recurring[interval]: must be one of ${INTERVALS.join(', ')}`, 'recurring[interval]')
  }
  return {
    interval,
    interval_count: integerParam(recurring, 'interval_count', 'recurring[interval_count]') ?? 1,
    meter: null,
    trial_period_days: null,
    usage_type: 'licensed',
  }
}

function releaseLookupKey(store: Store, lookupKey: string, transfer: boolean) {
  for (const existing of store.prices.values()) {
    if (existing.lookup_key !== lookupKey) continue
    if (!transfer) {
      throw new StripeApiError(400, `A price (\`${existing.id}\`) already uses the lookup key \`${lookupKey}\`.`, 'lookup_key')
    }
    existing.lookup_key = null
  }
}

export function getPrice(store: Store, id: string, param = 'id') {
  const price = store.prices.get(id)
  if (!price) throw noSuch('price', id, param)
  return price
}

export function listPrices(store: Store, params: Params) {
  rejectUnknown(params, ['lookup_keys', 'active', 'product', 'type', 'limit', 'expand', 'starting_after', 'ending_before'])
  const lookupKeys = stringArrayParam(params, 'lookup_keys')
  const active = booleanParam(params, 'active')
  const product = stringParam(params, 'product')
  const type = stringParam(params, 'type')
  const limit = integerParam(params, 'limit') ?? 10
  const matching = [...store.prices.values()]
    .reverse()
    .filter((price) => lookupKeys.length === 0 || lookupKeys.includes(price.lookup_key ?? ''))
    .filter((price) => active === undefined || price.active === active)
    .filter((price) => !product || price.product === product)
    .filter((price) => !type || price.type === type)
  return { object: 'list', data: matching.slice(0, limit), has_more: matching.length > limit, url: '/v1/prices' }
}
