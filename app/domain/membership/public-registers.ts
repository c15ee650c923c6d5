import type { Regulator } from '../../../db/schema/index.ts'
import { msg } from '~/i18n/translate.ts'

/**
 * Each regulator's public register search, where an officer checks a member's registration
 * number. The registers take the number in their own search forms, so Chorus links to the form
 * and shows the number to paste into it.
 */
export const PUBLIC_REGISTERS: Record<Regulator, { registerName: string; searchUrl: string }> = {
  swe: { registerName: msg('Social Work England register'), searchUrl: 'https://www.socialworkengland.org.uk/search-the-register/' },
  sssc: { registerName: msg('SSSC register'), searchUrl: 'https://www.sssc.uk.com/search-the-register/' },
  scw: { registerName: msg('Social Care Wales register'), searchUrl: 'https://socialcare.wales/registration/find-a-registered-worker' },
  niscc: { registerName: msg('NISCC register'), searchUrl: 'https://niscc.info/registers/' },
}
