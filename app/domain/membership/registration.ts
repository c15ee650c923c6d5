import type { Regulator } from '../../../db/schema/index.ts'

export const REGULATORS: Record<Regulator, { name: string; nation: string; format: string; example: string }> = {
  swe: { name: 'Social Work England', nation: 'England', format: 'SW followed by up to 7 digits', example: 'SW123456' },
  sssc: { name: 'Scottish Social Services Council (SSSC)', nation: 'Scotland', format: 'up to 7 digits', example: '1234567' },
  scw: { name: 'Social Care Wales', nation: 'Wales', format: 'up to 7 digits', example: '1012345' },
  niscc: { name: 'Northern Ireland Social Care Council (NISCC)', nation: 'Northern Ireland', format: 'up to 7 digits', example: '7001234' },
}

export type RegistrationResult = { ok: true; number: string } | { ok: false; message: string }

/**
 * Checks a registration number against its regulator's format and returns it in the one form
 * Chorus stores: upper case, no spaces, no leading zeros (`sw 012` -> `SW12`).
 */
export function normaliseRegistrationNumber(regulator: Regulator, input: string): RegistrationResult {
  const info = REGULATORS[regulator]
  const expected = `Enter your ${info.name} registration number: ${info.format}, like ${info.example}`
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
