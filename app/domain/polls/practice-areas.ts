import { msg } from '~/i18n/translate.ts'

/** A member's main area of practice: optional on the profile, used to break poll results down. */
export const PRACTICE_AREAS = {
  children_and_families: msg('Children and families'),
  adults: msg('Adults'),
  mental_health_amhp: msg('Mental health / AMHP'),
  education: msg('Education'),
  management: msg('Management'),
  other: msg('Other'),
} as const

export type PracticeAreaId = keyof typeof PRACTICE_AREAS
export const PRACTICE_AREA_IDS = Object.keys(PRACTICE_AREAS) as PracticeAreaId[]

export function isPracticeArea(value: unknown): value is PracticeAreaId {
  return typeof value === 'string' && value in PRACTICE_AREAS
}

export const POLL_NATIONS = ['england', 'scotland', 'wales', 'northern_ireland'] as const
export type PollNation = (typeof POLL_NATIONS)[number]
