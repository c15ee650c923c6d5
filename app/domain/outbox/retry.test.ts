import { describe, expect, it } from 'vitest'
import { classifyProviderError, retryDelayMs } from './retry.ts'

describe('retryDelayMs', () => {
  it('doubles each attempt within a jittered band, capped at an hour', () => {
    expect(retryDelayMs(1, () => 0)).toBe(1_000)
    expect(retryDelayMs(1, () => 1)).toBe(2_000)
    expect(retryDelayMs(4, () => 0)).toBe(8_000)
    expect(retryDelayMs(4, () => 1)).toBe(16_000)
    expect(retryDelayMs(30, () => 1)).toBe(3_600_000)
  })
})

describe('classifyProviderError', () => {
  it('retries outages, rate limits and server errors but not refusals', () => {
    expect(classifyProviderError({ statusCode: null, name: 'application_error', message: 'Unable to fetch data.' }).retryable).toBe(true)
    expect(classifyProviderError({ statusCode: 429, name: 'rate_limit_exceeded' }).retryable).toBe(true)
    expect(classifyProviderError({ statusCode: 503 }).retryable).toBe(true)
    expect(classifyProviderError({ statusCode: 422, name: 'validation_error', message: 'Invalid `to` field' })).toEqual({
      ok: false,
      retryable: false,
      error: 'HTTP 422 validation_error: Invalid `to` field',
    })
  })
})
