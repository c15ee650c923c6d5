import { formatNumber } from '~/i18n/format'
import type { Locale } from '~/i18n/locale'
import type { Interval } from '~/domain/polls/stats/wilson'

/** 71 (whole percentages, as polls publish them). */
export const percent = (locale: Locale, share: number) => formatNumber(locale, Math.round(share * 100))

/** 67.9–74.0 (one decimal, so the interval's width shows). */
export const range = (locale: Locale, interval: Interval) =>
  `${formatNumber(locale, interval.lower * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}–${formatNumber(locale, interval.upper * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`
