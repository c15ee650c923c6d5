import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'

/** A media enquiry's life: it arrives open, is given to someone, and is answered or declined. */
export type EnquiryStatus = 'open' | 'assigned' | 'answered' | 'declined'
export type EnquiryEvent = 'assign' | 'answer' | 'decline'

/**
 * Allowed moves. Assigning again hands the enquiry to someone else. An officer may answer or
 * decline an open enquiry straight away (they become its assignee); answered and declined are final.
 */
const MOVES: Record<EnquiryStatus, Partial<Record<EnquiryEvent, EnquiryStatus>>> = {
  open: { assign: 'assigned', answer: 'answered', decline: 'declined' },
  assigned: { assign: 'assigned', answer: 'answered', decline: 'declined' },
  answered: {},
  declined: {},
}

export function nextEnquiryStatus(status: EnquiryStatus, event: EnquiryEvent): EnquiryStatus | null {
  return MOVES[status][event] ?? null
}

export function isEnquiryClosed(status: EnquiryStatus) {
  return status === 'answered' || status === 'declined'
}

export const ENQUIRY_STATUS_LABELS: Record<EnquiryStatus, string> = {
  open: msg('Open'),
  assigned: msg('Assigned'),
  answered: msg('Answered'),
  declined: msg('Declined'),
}

export const ENQUIRY_STATUS_TAGS: Record<EnquiryStatus, string> = {
  open: 'tag--red',
  assigned: 'tag--yellow',
  answered: 'tag--green',
  declined: 'tag--grey',
}

function duration(locale: Locale, ms: number) {
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 1) return translate(locale, msg('less than a minute'))
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const mins = minutes % 60
  if (days > 0) return translate(locale, msg('{days, plural, one {# day} other {# days}}{hours, plural, =0 {} other { # h}}'), { days, hours })
  if (hours > 0) return translate(locale, msg('{hours} h{mins, plural, =0 {} other { # min}}'), { hours, mins })
  return translate(locale, msg('{mins} min'), { mins })
}

/** "due in 2 h 10 min" or "overdue by 35 min", with how urgent it is (under two hours left), in `locale`. */
export function describeDeadline(deadline: Date, now: Date, locale: Locale = 'en') {
  const left = deadline.getTime() - now.getTime()
  if (left <= 0) return { text: translate(locale, msg('overdue by {time}'), { time: duration(locale, -left) }), overdue: true, urgent: true }
  return { text: translate(locale, msg('due in {time}'), { time: duration(locale, left) }), overdue: false, urgent: left < 2 * 3_600_000 }
}
