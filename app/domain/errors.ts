export type DomainErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'invalid_state'
  | 'rate_limited'
  | 'unauthenticated'

/** A rule of Chorus was broken; the message is written for the person who broke it. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
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
