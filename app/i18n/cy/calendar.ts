/** The Welsh calendar, as CLDR names it (format context), for dates written the same in every browser (app/i18n/format.ts). */

export const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr']
export const WELSH_MONTHS_SHORT = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag']
/** Sunday first, as Date.getUTCDay counts. */
export const WELSH_WEEKDAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn']
export const WELSH_WEEKDAYS_SHORT = ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwe', 'Sad']
