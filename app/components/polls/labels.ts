import { msg } from '~/i18n/translate'

/** The names of breakdown groups (nations, practice areas), as messages to translate where shown. */
export const GROUP_LABELS: Record<string, string> = {
  england: msg('England'),
  scotland: msg('Scotland'),
  wales: msg('Wales'),
  northern_ireland: msg('Northern Ireland'),
  children_and_families: msg('Children and families'),
  adults: msg('Adults'),
  mental_health_amhp: msg('Mental health / AMHP'),
  education: msg('Education'),
  management: msg('Management'),
  other: msg('Other practice area'),
  not_stated: msg('Not stated'),
}

export const BREAKDOWN_TITLES = { nation: msg('By nation'), practice_area: msg('By practice area') } as const

/** Shown in place of a suppressed figure, as the Office for National Statistics marks them. */
export const SUPPRESSED_MARK = '[c]'

export const SUPPRESSION_NOTE = msg('[c] Not published: fewer than 10 people, or a figure that would reveal such a count.')
