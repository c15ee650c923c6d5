import { msg } from '~/i18n/translate.ts'
import type { PollNation } from './practice-areas.ts'

export const POLL_STATUS_LABELS = {
  draft: msg('Draft'),
  open: msg('Open'),
  closed: msg('Closed'),
  published: msg('Results published'),
} as const

export const NATION_LABELS: Record<PollNation, string> = {
  england: msg('England'),
  scotland: msg('Scotland'),
  wales: msg('Wales'),
  northern_ireland: msg('Northern Ireland'),
}
