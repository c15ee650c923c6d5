import { createEvents, type EventAttributes } from 'ics'
import { type Locale, pathIn } from '~/i18n/locale.ts'
import { translate } from '~/i18n/translate.ts'
import { formatLondon } from '~/utils/london-time.ts'

/**
 * A ballot's dates as an iCalendar file (RFC 5545), in the reader's language.
 *
 * Voting: one event for the whole window (opening to closing), so the calendar shows when a
 * vote can be cast, and a short event ending at the closing time, because a window several days
 * long shows in most calendars as a bar across the top of the days that nobody reads as a
 * deadline: the short one sits at the hour voting closes, where an alert fires.
 * Results: one short event at the closing time, when the count is published.
 *
 * Every event's UID is fixed by the ballot and the event, so importing the file again updates
 * the events instead of adding copies. Times are UTC with `Z`, which every calendar reads right.
 */
export type CalendarEvents = 'voting' | 'results'

export interface CalendarBallot {
  id: string
  title: string
  kind: 'motion' | 'election'
  opensAt: Date
  closesAt: Date
  updatedAt: Date
  cancelled?: boolean
}

const SHORT_EVENT_MS = 15 * 60_000
const PRODUCT_ID = '-//Chorus//Ballots//EN'

/** The fixed UID of one of a ballot's events. */
const calendarUid = (ballotId: string, event: 'voting' | 'closing' | 'results') => `chorus-ballot-${ballotId}-${event}@chorus`

/** SEQUENCE grows with every change to the ballot, so a calendar keeps the newest copy. */
const sequenceOf = (updatedAt: Date) => Math.max(0, Math.floor((updatedAt.getTime() - Date.UTC(2024, 0, 1)) / 1000))

export function ballotCalendar(input: { ballot: CalendarBallot; locale: Locale; origin: string; events: CalendarEvents }): string {
  const { ballot, locale } = input
  const t = (message: string, values?: Record<string, string | number>) => translate(locale, message, values)
  const ballotUrl = `${input.origin.replace(/\/$/, '')}${pathIn(locale, `/ballots/${ballot.id}`)}`
  const resultsUrl = `${input.origin.replace(/\/$/, '')}${pathIn(locale, `/ballots/${ballot.id}/results`)}`
  const closes = formatLondon(ballot.closesAt, locale)
  const common = {
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    sequence: sequenceOf(ballot.updatedAt),
    status: ballot.cancelled ? 'CANCELLED' : 'CONFIRMED',
  } satisfies Partial<EventAttributes>
  const events: EventAttributes[] =
    input.events === 'results'
      ? [
          {
            ...common,
            uid: calendarUid(ballot.id, 'results'),
            title: t('Result published: {title}', { title: ballot.title }),
            description: t('Voting closes at {closes} and the votes are counted at once. The result will be at {url}', { closes, url: resultsUrl }),
            start: ballot.closesAt.getTime(),
            end: ballot.closesAt.getTime() + SHORT_EVENT_MS,
            url: resultsUrl,
            busyStatus: 'FREE',
            transp: 'TRANSPARENT',
          },
        ]
      : [
          {
            ...common,
            uid: calendarUid(ballot.id, 'voting'),
            title: t('{kind, select, election {Election} other {Motion}} open for voting: {title}', { kind: ballot.kind, title: ballot.title }),
            description: t('Chorus members on the electorate can vote until {closes}. Vote at {url}', { closes, url: ballotUrl }),
            start: ballot.opensAt.getTime(),
            end: ballot.closesAt.getTime(),
            url: ballotUrl,
            busyStatus: 'FREE',
            transp: 'TRANSPARENT',
          },
          {
            ...common,
            uid: calendarUid(ballot.id, 'closing'),
            title: t('Voting closes: {title}', { title: ballot.title }),
            description: t('Voting closes at {closes}. If you have not voted yet, vote at {url}', { closes, url: ballotUrl }),
            start: ballot.closesAt.getTime() - SHORT_EVENT_MS,
            end: ballot.closesAt.getTime(),
            url: ballotUrl,
            busyStatus: 'FREE',
            transp: 'TRANSPARENT',
          },
        ]
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: 'PUBLISH', calName: t('Chorus ballots') })
  if (error || !value) throw error ?? new Error('The calendar could not be written')
  return value
}
