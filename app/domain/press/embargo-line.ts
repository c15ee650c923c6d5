import { formatLondon } from '../../utils/london-time.ts'

/** The embargo line as press offices write it: `EMBARGOED UNTIL 00:01 GMT, Tuesday 1 December 2026`. */
export function embargoNotice(until: Date | string) {
  return `EMBARGOED UNTIL ${formatLondon(until)}`
}

/** The line that ends a release's text, before the notes to editors. */
export const ENDS = 'ENDS'
