import { TZDate, tzOffset, tzScan } from '@date-fns/tz'
import { format, isExists } from 'date-fns'
import { formatDate, WELSH_MONTHS } from '~/i18n/format.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'

/**
 * UK time for Chorus, through @date-fns/tz (the IANA rules, not arithmetic of our own).
 * Officers type wall-clock times in `datetime-local` fields; people read times with GMT or BST.
 */
const ZONE = 'Europe/London'

/** The two names UK time goes by: Greenwich Mean Time in winter, British Summer Time in summer. */
export type LondonZone = 'GMT' | 'BST'
export const LONDON_ZONES: readonly LondonZone[] = ['BST', 'GMT']
const OFFSET_MINUTES: Record<LondonZone, number> = { GMT: 0, BST: 60 }

/** Why a wall-clock time names no single instant. */
export type LondonTimeProblem = 'format' | 'impossible' | 'gap' | 'ambiguous'

export type LondonTimeResult = { ok: true; at: Date } | { ok: false; problem: LondonTimeProblem; message: string }

/** `2026-10-25T01:30`, seconds optional (browsers send them when `step` is under 60), then an optional ` BST`/` GMT`. */
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?: (BST|GMT))?$/

export function zoneAt(at: Date): LondonZone {
  return tzOffset(ZONE, at) === 60 ? 'BST' : 'GMT'
}

const hhmm = (hour: number, minute: number) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
/** A calendar day as people read it: `Sunday 25 October 2026` (Welsh: `Dydd Sul, 25 Hydref 2026`). */
const dayName = (locale: Locale, year: number, month: number, day: number) =>
  locale === 'en' ? format(new Date(year, month - 1, day), 'EEEE d MMMM yyyy') : formatDate(locale, new Date(Date.UTC(year, month - 1, day, 12)), 'full')

/** The clock change on the London day that contains `near` (it is always at 01:00 UTC). */
function clockChange(near: number) {
  return tzScan(ZONE, { start: new Date(near - 36 * 3_600_000), end: new Date(near + 36 * 3_600_000) })[0]
}

/**
 * Reads a London wall-clock time. The answer is the instant, or why there is none: a date that
 * does not exist (30 February), a time skipped when clocks go forward, or a time that happens
 * twice when clocks go back — then `zone` (or a ` BST`/` GMT` suffix) says which one is meant.
 * The reason is written in `locale`.
 */
export function parseLondonLocal(value: string, zone?: LondonZone | null, locale: Locale = 'en'): LondonTimeResult {
  const t = (message: string, values?: Record<string, string | number>) => translate(locale, message, values)
  const m = LOCAL_PATTERN.exec(value.trim())
  if (!m) return { ok: false, problem: 'format', message: t(msg('Enter a date and time, like 2026-12-01T09:00')) }
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0))
  const chosen = (m[7] as LondonZone | undefined) ?? zone ?? undefined
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, problem: 'format', message: t(msg('Enter a date and time, like 2026-12-01T09:00')) }
  }
  if (!isExists(year, month - 1, day)) {
    const monthName = locale === 'en' ? format(new Date(year, month - 1, 1), 'MMMM') : WELSH_MONTHS[month - 1]
    const values = { day, month: monthName, year: String(year) }
    const message = month === 2 && day === 29 ? t(msg('{day} {month} {year} does not exist: {year} is not a leap year'), values) : t(msg('{day} {month} {year} does not exist'), values)
    return { ok: false, problem: 'impossible', message }
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second)
  // An instant fits when London's offset at that instant is the one it was read with.
  const fits = LONDON_ZONES.filter((z) => tzOffset(ZONE, new Date(wall - OFFSET_MINUTES[z] * 60_000)) === OFFSET_MINUTES[z])
  const time = hhmm(hour, minute)
  if (fits.length === 0) {
    const change = clockChange(wall)
    const from = change ? new TZDate(change.date, ZONE) : null
    const at = from ? hhmm(from.getHours() - 1, 0) : '01:00'
    const after = from ? hhmm(from.getHours(), 0) : '02:00'
    return {
      ok: false,
      problem: 'gap',
      message: t(msg('Clocks go forward at {at} on {day}, so {time} does not exist that day. Choose {after} or later, or a time before {at}'), {
        at,
        day: dayName(locale, year, month, day),
        time,
        after,
      }),
    }
  }
  if (fits.length === 1) return { ok: true, at: new Date(wall - OFFSET_MINUTES[fits[0]] * 60_000) }
  if (chosen) return { ok: true, at: new Date(wall - OFFSET_MINUTES[chosen] * 60_000) }
  const change = clockChange(wall)
  const back = change ? hhmm(new TZDate(change.date.getTime() - 1, ZONE).getHours() + 1, 0) : '02:00'
  return {
    ok: false,
    problem: 'ambiguous',
    message: t(msg('Clocks go back at {back} on {day}, so {time} happens twice that day. Choose {time} BST (the first) or {time} GMT (the second)'), {
      back,
      day: dayName(locale, year, month, day),
      time,
    }),
  }
}

/**
 * The wall-clock time an ambiguity message is about (`01:30`), so a form can offer the choice: the
 * message in either language names it with both zones (`01:30 BST … 01:30 GMT`).
 */
export function ambiguousTime(message: string | undefined | null): string | null {
  const m = /(\d{2}:\d{2}) BST\b[^]*?\b\1 GMT\b/.exec(message ?? '')
  return m?.[1] ?? null
}

/**
 * Reads a `datetime-local` value as London time (what officers mean) and returns the instant, or
 * null when there is none; an ambiguous time needs `zone`. Use `parseLondonLocal` to say why.
 */
export function fromLondonLocal(value: string, zone?: LondonZone | null): Date | null {
  const result = parseLondonLocal(value, zone)
  return result.ok ? result.at : null
}

/** The instant as a `datetime-local` value in London time. */
export function toLondonLocal(at: Date | string) {
  return format(new TZDate(new Date(at), ZONE), "yyyy-MM-dd'T'HH:mm")
}

/** A form's answer to "BST or GMT?", when it gave one. */
export function zoneChoice(value: unknown): LondonZone | null {
  return value === 'BST' || value === 'GMT' ? value : null
}

/** A form field's value with the zone chosen for an ambiguous time, when there is one: `2026-10-25T01:30 GMT`. */
export function withZone(value: unknown, zone: unknown): unknown {
  if (typeof value !== 'string' || (zone !== 'BST' && zone !== 'GMT') || !LOCAL_PATTERN.test(value.trim())) return value
  return / (BST|GMT)$/.test(value.trim()) ? value : `${value.trim()} ${zone}`
}

/** The press-office style: `14:30 BST, Tuesday 1 December 2026` (Welsh: `14:30 BST, Dydd Mawrth, 1 Rhagfyr 2026`). */
export function formatLondon(at: Date | string, locale: Locale = 'en') {
  const when = new Date(at)
  const day = locale === 'en' ? format(new TZDate(when, ZONE), 'EEEE d MMMM yyyy') : formatDate(locale, when, 'full')
  return `${format(new TZDate(when, ZONE), 'HH:mm')} ${zoneAt(when)}, ${day}`
}

/** A time of day alone with its zone: `14:30 BST` (or `14:30:05 BST`). */
export function formatLondonTime(at: Date | string, options: { seconds?: boolean } = {}) {
  const when = new Date(at)
  return `${format(new TZDate(when, ZONE), options.seconds ? 'HH:mm:ss' : 'HH:mm')} ${zoneAt(when)}`
}

/** A log line's time, to the second: `28/11/2026 20:15:41 GMT`. */
export function formatLondonStamp(at: Date | string) {
  const when = new Date(at)
  return `${format(new TZDate(when, ZONE), 'dd/MM/yyyy HH:mm:ss')} ${zoneAt(when)}`
}
