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
  open: 'Open',
  assigned: 'Assigned',
  answered: 'Answered',
  declined: 'Declined',
}

export const ENQUIRY_STATUS_TAGS: Record<EnquiryStatus, string> = {
  open: 'tag--red',
  assigned: 'tag--yellow',
  answered: 'tag--green',
  declined: 'tag--grey',
}

function duration(ms: number) {
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 1) return 'less than a minute'
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const mins = minutes % 60
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'}${hours ? ` ${hours} h` : ''}`
  if (hours > 0) return `${hours} h${mins ? ` ${mins} min` : ''}`
  return `${mins} min`
}

/** "due in 2 h 10 min" or "overdue by 35 min", with how urgent it is (under two hours left). */
export function describeDeadline(deadline: Date, now: Date) {
  const left = deadline.getTime() - now.getTime()
  if (left <= 0) return { text: `overdue by ${duration(-left)}`, overdue: true, urgent: true }
  return { text: `due in ${duration(left)}`, overdue: false, urgent: left < 2 * 3_600_000 }
}
