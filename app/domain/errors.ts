export type DomainErrorCode = 'invalid_input' | 'not_found' | 'forbidden' | 'conflict' | 'invalid_state' | 'rate_limited' | 'unauthenticated'

/**
 * A rule of Chorus was broken; the message is written for the person who broke it, as a message id
 * (app/i18n: English text, `msg('…')`) with the values its placeholders take, shown in the page's
 * language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export const statusForCode: Record<DomainErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  rate_limited: 429,
}
