import { badParam } from './errors.server.ts'
import type { ParamValue, Params } from './form-params.server.ts'

/** Like Stripe, refuse parameters an endpoint does not know, so typos fail loudly. */
export function rejectUnknown(params: Params, allowed: string[], prefix = '') {
  for (const key of Object.keys(params)) {
    const path = prefix ? `${prefix}[${key}]` : key
    if (!allowed.includes(key)) throw badParam(`Received unknown parameter: ${path}`, path, 'parameter_unknown')
  }
}

export function stringParam(params: Params, name: string, path = name): string | undefined {
  const value = params[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw badParam(`Invalid string: ${path} must be a string`, path)
  return value
}

export function requiredString(params: Params, name: string, path = name): string {
  const value = stringParam(params, name, path)
  if (value === undefined || value === '') throw badParam(`Missing required param: ${path}.`, path, 'parameter_missing')
  return value
}

export function integerParam(params: Params, name: string, path = name): number | undefined {
  const value = stringParam(params, name, path)
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw badParam(`Invalid integer: ${value}`, path)
  return Number(value)
}

export function booleanParam(params: Params, name: string, path = name): boolean | undefined {
  const value = stringParam(params, name, path)
  if (value === undefined) return undefined
  if (value !== 'true' && value !== 'false') throw badParam(`Invalid boolean: ${value}`, path)
  return value === 'true'
}

export function objectParam(params: Params, name: string, path = name): Params | undefined {
  const value = params[name]
  if (value === undefined || value === '') return undefined
  if (typeof value !== 'object' || Array.isArray(value)) throw badParam(`Invalid object: ${path}`, path)
  return value
}

export function arrayParam(params: Params, name: string, path = name): ParamValue[] | undefined {
  const value = params[name]
  if (value === undefined || value === '') return undefined
  if (!Array.isArray(value)) throw badParam(`Invalid array: ${path}`, path)
  return value
}

export function stringArrayParam(params: Params, name: string, path = name): string[] {
  const values = arrayParam(params, name, path) ?? []
  return values.map((value, index) => {
    if (typeof value !== 'string') throw badParam(`Invalid string: ${path}[${index}]`, `${path}[${index}]`)
    return value
  })
}

/** Metadata updates merge; an empty string removes a key (Stripe's rule). */
export function mergeMetadata(current: Record<string, string>, params: Params, name = 'metadata', path = name) {
  if (params[name] === '') return {}
  const update = objectParam(params, name, path)
  if (!update) return current
  const merged = { ...current }
  for (const [key, value] of Object.entries(update)) {
    if (typeof value !== 'string') throw badParam(`Invalid metadata value for ${path}[${key}]`, `${path}[${key}]`)
    if (value === '') delete merged[key]
    else merged[key] = value
  }
  return merged
}
