const ZONE = 'Europe/London'

/** Made once: building a formatter costs far more than using one. */
const wallClock = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })

/** Minutes London is ahead of UTC at a given instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(at: Date) {
  const parts = Object.fromEntries(wallClock.formatToParts(at).map((p) => [p.type, p.value]))
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute))
  return Math.round((asUtc - Math.floor(at.getTime() / 60000) * 60000) / 60000)
}

/** Reads a `datetime-local` value as London time (what officers mean) and returns the instant. */
export function fromLondonLocal(value: string): Date | null {
  // Browsers send seconds too when the field has them (`step` under 60).
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value)
  if (!m) return null
  const [month, day, hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)]
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null
  const naive = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), second)
  if (Number.isNaN(naive)) return null
  // Two passes settle the offset either side of a clock change.
  let instant = naive - londonOffsetMinutes(new Date(naive)) * 60000
  instant = naive - londonOffsetMinutes(new Date(instant)) * 60000
  return new Date(instant)
}

/** The instant as a `datetime-local` value in London time. */
export function toLondonLocal(at: Date) {
  const shifted = new Date(at.getTime() + londonOffsetMinutes(at) * 60000)
  return shifted.toISOString().slice(0, 16)
}

const longDateTime = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, dateStyle: 'long', timeStyle: 'short' })

export function formatLondon(at: Date | string) {
  return longDateTime.format(new Date(at))
}
