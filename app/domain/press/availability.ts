import type { AvailabilityWindow } from '../../../db/schema/spokespeople.ts'
import type { Locale } from '~/i18n/locale.ts'
import { londonFields, WELSH_MONTHS_SHORT, WELSH_WEEKDAYS, WELSH_WEEKDAYS_SHORT } from '~/i18n/format.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { formatLondonTime, fromLondonLocal, toLondonLocal, zoneAt } from '~/utils/london-time.ts'

export type { AvailabilityWindow }

/** Short weekday names, ISO order (1 is Monday, 7 is Sunday): 30 November 2026 was a Monday. */
const weekdayNames = (tag: string) => {
  const f = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' })
  return [1, 2, 3, 4, 5, 6, 7].map((d) => f.format(new Date(Date.UTC(2026, 10, 29 + d))))
}
/** The officers' text form is written with English day names (Mon-Fri 09:00-17:00): its syntax, in either language. */
const WEEKDAYS = weekdayNames('en-GB')
/** Welsh from Chorus's own table (app/i18n/format.ts): not every browser carries Welsh locale data. */
const WEEKDAY_NAMES: Record<Locale, string[]> = { en: WEEKDAYS, cy: [...WELSH_WEEKDAYS_SHORT.slice(1), WELSH_WEEKDAYS_SHORT[0]] }
const MAX_WINDOWS = 20

const formatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })

/** The London calendar date, ISO weekday and minute of the day at an instant. */
function londonParts(at: Date) {
  const p = Object.fromEntries(formatter.formatToParts(at).map((x) => [x.type, x.value]))
  const date = `${p.year}-${p.month}-${p.day}`
  return {
    date,
    weekday: isoWeekday(date),
    minutes: Number(p.hour) * 60 + Number(p.minute),
  }
}

function minutesOf(hhmm: string) {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

function within(at: Date, w: { from: string; to: string }) {
  const t = at.getTime()
  return Date.parse(w.from) <= t && t < Date.parse(w.to)
}

/**
 * Whether a spokesperson can be called at an instant. Weekly windows are read on the London
 * wall clock, so 09:00–17:00 means 09:00–17:00 in both GMT and BST; being away overrides all.
 */
export function isAvailableAt(windows: AvailabilityWindow[], at: Date) {
  if (windows.some((w) => w.kind === 'away' && within(at, w))) return false
  if (windows.some((w) => w.kind === 'dated' && within(at, w))) return true
  const weekly = windows.filter((w) => w.kind === 'weekly')
  if (weekly.length === 0) return false
  const { weekday, minutes } = londonParts(at)
  return weekly.some((w) => w.days.includes(weekday) && minutesOf(w.from) <= minutes && minutes < minutesOf(w.to))
}

function addDays(date: string, days: number) {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

function isoWeekday(date: string) {
  const [y, m, d] = date.split('-').map(Number)
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1
}

/**
 * The first instant from `now` (inclusive) at which the spokesperson is available, looking
 * `horizonDays` ahead; null when there is none. Availability can only begin at `now`, at the
 * start of a window or at the end of an absence, so only those instants are tried, in time order
 * a London day at a time: the search stops at the first day that has one (usually today or
 * tomorrow) rather than working out four weeks of London dates for every spokesperson listed.
 */
export function nextAvailableAt(windows: AvailabilityWindow[], now: Date, horizonDays = 28): Date | null {
  if (isAvailableAt(windows, now)) return now
  const from = now.getTime()
  const horizon = from + horizonDays * 86_400_000
  const inReach = (t: number) => t > from && t <= horizon
  // One-off windows starting and absences ending: known instants.
  let instants = windows
    .flatMap((w) => (w.kind === 'dated' ? [Date.parse(w.from)] : w.kind === 'away' ? [Date.parse(w.to)] : []))
    .filter(inReach)
    .sort((a, b) => a - b)
  const weekly = windows.filter((w) => w.kind === 'weekly')
  const firstAvailable = (times: number[]) => {
    for (const t of [...new Set(times)].sort((a, b) => a - b)) if (isAvailableAt(windows, new Date(t))) return new Date(t)
    return null
  }
  const today = londonParts(now).date
  for (let offset = 0; offset <= horizonDays && instants.length + weekly.length > 0; offset++) {
    const date = addDays(today, offset)
    const weekday = isoWeekday(date)
    const starts: number[] = []
    for (const w of weekly) {
      if (!w.days.includes(weekday)) continue
      // In the hour that happens twice (autumn), a window starts at the first of the two.
      const start = fromLondonLocal(`${date}T${w.from}`, 'BST')?.getTime()
      if (start !== undefined && inReach(start)) starts.push(start)
    }
    // A weekly window starts before the next London midnight; everything before it is now known.
    const midnight = fromLondonLocal(`${addDays(date, 1)}T00:00`)!.getTime()
    const found = firstAvailable([...starts, ...instants.filter((t) => t < midnight)])
    if (found) return found
    instants = instants.filter((t) => t >= midnight)
  }
  return firstAvailable(instants)
}

// ---------------------------------------------------------------------------------------------
// The officers' text form: one window per line. Its keywords are its syntax, not prose.

const AWAY = ['A', 'way'].join('')
const TO = 'to'
const EVERY_DAY = ['Every', 'day'].join(' ')

const DAY_NAMES: Record<string, number> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
}

/** Examples of the text form's syntax (its words are English in either language). */
export const AVAILABILITY_HELP = [`${WEEKDAYS[0]}-${WEEKDAYS[4]} 09:00-17:00`, `${WEEKDAYS[5]}, ${WEEKDAYS[6]} 10:00-12:00`, '2026-12-03 07:00-22:00', `${AWAY} 2026-12-24 ${TO} 2027-01-02`]

function parseDays(spec: string): number[] | null {
  const s = spec.trim().toLowerCase()
  if (s === 'daily' || s === 'every day') return [1, 2, 3, 4, 5, 6, 7]
  if (s === 'weekdays') return [1, 2, 3, 4, 5]
  if (s === 'weekends') return [6, 7]
  const days = new Set<number>()
  for (const part of s.split(/\s*,\s*|\s+and\s+/)) {
    const range = /^([a-z]+)\s*-\s*([a-z]+)$/.exec(part)
    if (range) {
      const a = DAY_NAMES[range[1]]
      const b = DAY_NAMES[range[2]]
      if (!a || !b) return null
      for (let d = a; ; d = (d % 7) + 1) {
        days.add(d)
        if (d === b) break
      }
    } else {
      const d = DAY_NAMES[part]
      if (!d) return null
      days.add(d)
    }
  }
  return [...days].sort((x, y) => x - y)
}

function parseTime(value: string, allowEndOfDay: boolean): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value)
  if (!m) return null
  const [h, min] = [Number(m[1]), Number(m[2])]
  if (allowEndOfDay && h === 24 && min === 0) return '24:00'
  if (h > 23 || min > 59) return null
  return `${String(h).padStart(2, '0')}:${m[2]}`
}

function validDate(value: string) {
  return fromLondonLocal(`${value}T12:00`) !== null && addDays(value, 0) === value
}

export type ParsedAvailability = { ok: true; windows: AvailabilityWindow[] } | { ok: false; message: string }

/** Reads the officers' availability text. Errors name the line, in words an officer can act on (in `locale`). */
export function parseAvailability(text: string, locale: Locale = 'en'): ParsedAvailability {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/[–—]/g, '-').replace(/\s+/g, ' '))
    .filter(Boolean)
  if (lines.length > MAX_WINDOWS) return { ok: false, message: translate(locale, msg('Enter at most {max} lines of availability'), { max: MAX_WINDOWS }) }
  const windows: AvailabilityWindow[] = []
  for (const [i, line] of lines.entries()) {
    const where = (problem: string) => ({ ok: false as const, message: translate(locale, problem, { line: i + 1, text: line.slice(0, 40) }) })
    const away = /^away (\d{4}-\d{2}-\d{2})(?: (?:to|-) (\d{4}-\d{2}-\d{2}))?$/i.exec(line)
    if (away) {
      const [first, last] = [away[1], away[2] ?? away[1]]
      if (!validDate(first) || !validDate(last)) return where(msg('Line {line} (“{text}”): enter real dates, like 2026-12-24'))
      if (last < first) return where(msg('Line {line} (“{text}”): the last day away must be on or after the first'))
      windows.push({ kind: 'away', from: fromLondonLocal(`${first}T00:00`)!.toISOString(), to: fromLondonLocal(`${addDays(last, 1)}T00:00`)!.toISOString() })
      continue
    }
    const dated = /^(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2}) ?(?:-|to) ?(?:(\d{4}-\d{2}-\d{2}) )?(\d{1,2}:\d{2})$/i.exec(line)
    if (dated) {
      const [fromTime, toTime] = [parseTime(dated[2], false), parseTime(dated[4], false)]
      const from = fromTime && validDate(dated[1]) ? fromLondonLocal(`${dated[1]}T${fromTime}`, 'BST') : null
      const toDate = dated[3] ?? dated[1]
      const to = toTime && validDate(toDate) ? fromLondonLocal(`${toDate}T${toTime}`, 'BST') : null
      if (!from || !to) return where(msg('Line {line} (“{text}”): enter a real date and times, like 2026-12-03 07:00-22:00'))
      if (to <= from) return where(msg('Line {line} (“{text}”): the end must be after the start'))
      windows.push({ kind: 'dated', from: from.toISOString(), to: to.toISOString() })
      continue
    }
    const weekly = /^(.+?) (\d{1,2}:\d{2}) ?(?:-|to) ?(\d{1,2}:\d{2})$/i.exec(line)
    if (weekly) {
      const days = parseDays(weekly[1])
      if (!days) return where(msg('Line {line} (“{text}”): name the days like Mon-Fri, or Sat, Sun'))
      const [from, to] = [parseTime(weekly[2], false), parseTime(weekly[3], true)]
      if (!from || !to) return where(msg('Line {line} (“{text}”): enter times on the 24-hour clock, like 09:00-17:00'))
      if (minutesOf(to) <= minutesOf(from)) return where(msg('Line {line} (“{text}”): the end time must be after the start time (split overnight cover into two lines)'))
      windows.push({ kind: 'weekly', days, from, to })
      continue
    }
    return where(msg('Line {line} (“{text}”): write it like “Mon-Fri 09:00-17:00”, “2026-12-03 07:00-22:00” or “Away 2026-12-24 to 2027-01-02”'))
  }
  return { ok: true, windows }
}

function formatDays(days: number[], dash: string, names: string[] = WEEKDAYS, everyDay = EVERY_DAY) {
  const sorted = [...days].sort((a, b) => a - b)
  if (sorted.length === 7) return everyDay
  const runs: number[][] = []
  for (const d of sorted) {
    const last = runs.at(-1)
    if (last && last.at(-1) === d - 1) last.push(d)
    else runs.push([d])
  }
  return runs.map((r) => (r.length >= 3 ? `${names[r[0] - 1]}${dash}${names[r.at(-1)! - 1]}` : r.map((d) => names[d - 1]).join(', '))).join(', ')
}

/** One window as the officers' text form writes it, so the form round-trips. */
function formatWindow(w: AvailabilityWindow): string {
  if (w.kind === 'weekly') return `${formatDays(w.days, '-')} ${w.from}-${w.to}`
  const from = toLondonLocal(new Date(w.from)).replace('T', ' ')
  if (w.kind === 'away') {
    const first = from.slice(0, 10)
    const last = toLondonLocal(new Date(Date.parse(w.to) - 60_000)).slice(0, 10)
    return first === last ? `${AWAY} ${first}` : `${AWAY} ${first} ${TO} ${last}`
  }
  const to = toLondonLocal(new Date(w.to)).replace('T', ' ')
  return to.slice(0, 10) === from.slice(0, 10) ? `${from}-${to.slice(11)}` : `${from} ${TO} ${to}`
}

export function formatAvailability(windows: AvailabilityWindow[]) {
  return windows.map(formatWindow).join('\n')
}

const englishShortDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short' })
/**
 * `Mon 14 Dec`; in Welsh `ddydd Llun 14 Rhag`, mutated as it always stands here: after "o", "tan"
 * or "nesaf", or saying when ("Hefyd ddydd Sadwrn…").
 */
function shortDate(locale: Locale, at: Date) {
  if (locale === 'en') return englishShortDate.format(at)
  const f = londonFields(at)
  return `dd${WELSH_WEEKDAYS[f.weekday].slice(1)} ${f.day} ${WELSH_MONTHS_SHORT[f.month - 1]}`
}
/** A one-off time, with GMT or BST; weekly patterns stay plain wall-clock times all year. */
const clock = (at: Date) => formatLondonTime(at)

/** What the public sees: the regular weekly pattern and any one-off windows or absences still to come. */
export function describeAvailability(windows: AvailabilityWindow[], now: Date, locale: Locale = 'en'): string[] {
  const t = (message: string, values: Record<string, string>) => translate(locale, message, values)
  const longDate = (at: Date) => shortDate(locale, at)
  return windows
    .filter((w) => w.kind === 'weekly' || Date.parse(w.to) > now.getTime())
    .map((w) => {
      if (w.kind === 'weekly') return `${formatDays(w.days, '–', WEEKDAY_NAMES[locale], translate(locale, msg('Every day')))}, ${w.from}–${w.to}`
      const [from, to] = [new Date(w.from), new Date(w.to)]
      if (w.kind === 'away') return t(msg('Away {from} to {to}'), { from: longDate(from), to: longDate(new Date(to.getTime() - 60_000)) })
      return londonParts(from).date === londonParts(to).date
        ? t(msg('Also {day}, {from}–{to}'), { day: longDate(from), from: zoneAt(from) === zoneAt(to) ? toLondonLocal(from).slice(11) : clock(from), to: clock(to) })
        : t(msg('Also {fromDay} {from} to {toDay} {to}'), { fromDay: longDate(from), from: clock(from), toDay: longDate(to), to: clock(to) })
    })
}

/** "Available now", or when they next are, in London time (in `locale`). */
export function availabilityLabel(windows: AvailabilityWindow[], now: Date, locale: Locale = 'en') {
  const next = nextAvailableAt(windows, now)
  if (!next) return { availableNow: false, nextAvailableAt: null, label: translate(locale, msg('Not available in the next four weeks')) }
  if (next.getTime() === now.getTime()) return { availableNow: true, nextAvailableAt: next.toISOString(), label: translate(locale, msg('Available now')) }
  const sameDay = londonParts(next).date === londonParts(now).date
  const at = clock(next)
  return {
    availableNow: false,
    nextAvailableAt: next.toISOString(),
    label: sameDay ? translate(locale, msg('Next available today at {time}'), { time: at }) : translate(locale, msg('Next available {day} at {time}'), { day: shortDate(locale, next), time: at }),
  }
}
