import type { Regulator } from '../../../db/schema/index.ts'

/**
 * Each regulator's public register search, where an officer checks a member's registration
 * number. The registers take the number in their own search forms, so Chorus links to the form
 * and shows the number to paste into it.
 */
export const PUBLIC_REGISTERS: Record<Regulator, { registerName: string; searchUrl: string }> = {
  swe: { registerName: 'Social Work England register', searchUrl: 'https://www.socialworkengland.org.uk/search-the-register/' },
  sssc: { registerName: 'SSSC register', searchUrl: 'https://www.sssc.uk.com/search-the-register/' },
  scw: { registerName: 'Social Care Wales register', searchUrl: 'https://socialcare.wales/registration/find-a-registered-worker' },
  niscc: { registerName: 'NISCC register', searchUrl: 'https://niscc.info/registers/' },
}
