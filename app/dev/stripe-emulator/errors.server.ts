/** An error the emulator answers the way Stripe's API does: `{ error: { type, message, param } }`. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly param?: string,
    readonly code?: string,
    readonly type = 'invalid_request_error',
  ) {
    super(message)
  }

  toJSON() {
    return { error: { type: this.type, code: this.code, message: this.message, param: this.param } }
  }
}

export function badParam(message: string, param?: string, code = 'parameter_invalid') {
  return new StripeApiError(400, message, param, code)
}

/** Unknown id: 404 when it is the resource in the URL, 400 when a parameter names it. */
export function noSuch(kind: string, id: string, param = 'id') {
  return new StripeApiError(param === 'id' ? 404 : 400, `No such ${kind}: '${id}'`, param, 'resource_missing')
}
