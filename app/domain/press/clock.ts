/**
 * The press office's clock. Routes read it once per request and pass `now` down, so one request
 * sees one instant. Tests may replace it (never from a request: there is no header or parameter
 * that moves it), to check an embargo before and after its lift without waiting.
 */
let override: (() => Date) | null = null

export function pressNow(): Date {
  return override ? override() : new Date()
}

/** Tests only: pass null to go back to the real clock. */
export function setPressClock(clock: (() => Date) | null) {
  if (clock && process.env.NODE_ENV === 'production') throw new Error('The press clock cannot be changed in production')
  override = clock
}
