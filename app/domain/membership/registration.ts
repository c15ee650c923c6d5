import type { Regulator } from '../../../db/schema/index.ts'
import { msg } from '~/i18n/translate.ts'

/** Names (but Social Work England's own), nations and formats are message ids (app/i18n), shown in the page's language (`useShowText` for names); `expected` is the error for a number in the wrong form. */
export const REGULATORS: Record<Regulator, { name: string; nation: string; format: string; example: string; expected: string }> = {
  swe: {
    // A name in its own right, the same in Welsh: shown as it is.
    name: 'Social Work England',
    nation: msg('England'),
    format: msg('SW followed by up to 7 digits'),
    example: 'SW123456',
    expected: msg('Enter your Social Work England registration number: SW followed by up to 7 digits, like SW123456'),
  },
  sssc: {
    name: msg('Scottish Social Services Council (SSSC)'),
    nation: msg('Scotland'),
    format: msg('up to 7 digits'),
    example: '1234567',
    expected: msg('Enter your Scottish Social Services Council (SSSC) registration number: up to 7 digits, like 1234567'),
  },
  scw: {
    name: msg('Social Care Wales'),
    nation: msg('Wales'),
    format: msg('up to 7 digits'),
    example: '1012345',
    expected: msg('Enter your Social Care Wales registration number: up to 7 digits, like 1012345'),
  },
  niscc: {
    name: msg('Northern Ireland Social Care Council (NISCC)'),
    nation: msg('Northern Ireland'),
    format: msg('up to 7 digits'),
    example: '7001234',
    expected: msg('Enter your Northern Ireland Social Care Council (NISCC) registration number: up to 7 digits, like 7001234'),
  },
}

export type RegistrationResult = { ok: true; number: string } | { ok: false; message: string }

/**
 * Checks a registration number against its regulator's format and returns it in the one form
 * Chorus stores: upper case, no spaces, no leading zeros (`sw 012` -> `SW12`).
 */
export function normaliseRegistrationNumber(regulator: Regulator, input: string): RegistrationResult {
  const info = REGULATORS[regulator]
  const expected = info.expected
  const compact = input.replace(/[\s-]/g, '').toUpperCase()
  if (compact.length === 0 || compact.length > 20) return { ok: false, message: expected }
  if (regulator === 'swe') {
    const match = /^SW(\d{1,12})$/.exec(compact)
    if (!match) return { ok: false, message: expected }
    const digits = match[1].replace(/^0+/, '')
    if (digits.length === 0 || digits.length > 7) return { ok: false, message: expected }
    return { ok: true, number: `SW${digits}` }
  }
  if (!/^\d{1,12}$/.test(compact)) return { ok: false, message: expected }
  const digits = compact.replace(/^0+/, '')
  if (digits.length === 0 || digits.length > 7) return { ok: false, message: expected }
  return { ok: true, number: digits }
}
