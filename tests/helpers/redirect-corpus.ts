/**
 * Redirect targets a request might carry, for the safe-redirect helper (unit, login route and a
 * production server). `leave` ones try to send the browser to another origin, or to break the
 * Location header; `keep` ones are ordinary paths on this site.
 */
export const LEAVE = [
  '//evil.example',
  '///evil.example',
  '////evil.example/x',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\\/evil.example',
  '/a\\..\\..\\evil.example',
  'https://evil.example',
  'HTTPS://evil.example/account',
  'http:evil.example',
  'http:/evil.example',
  'https:\\\\evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  '.evil.example',
  '@evil.example',
  ' //evil.example',
  '\t//evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/ /evil.example',
  '/\u0000/evil.example',
  '/\u000b/evil.example',
  '/\u00a0/evil.example',
  '/\u200b/evil.example',
  '/\u2028/evil.example',
  '/\u3000/evil.example',
  '/\ufeff/evil.example',
  '/\u202e/evil.example',
  '/%2f/evil.example',
  '/%2F%2Fevil.example',
  '%2f%2fevil.example',
  '/%5cevil.example',
  '/%5C%5Cevil.example',
  '/%09/evil.example',
  '/%0d%0a/evil.example',
  '/%00/evil.example',
  '/%E2%80%AE/evil.example',
  '/%C2%A0/evil.example',
  '/..//evil.example',
  '/.//evil.example',
  '/a/../..//evil.example',
  '/%2e%2e//evil.example',
  '/login\r\nSet-Cookie: chorus_session=stolen',
  '/account%0d%0aLocation:%20https://evil.example',
  '',
  '   ',
  `/${'a'.repeat(5000)}`,
]

export const KEEP: [target: string, expected: string][] = [
  ['/account', '/account'],
  ['/officer', '/officer'],
  ['/ballots/1?x=2', '/ballots/1?x=2'],
  ['/statements/some-statement#versions', '/statements/some-statement#versions'],
  ['/press?topic=workforce&page=2', '/press?topic=workforce&page=2'],
  ['/statements/a/../b', '/statements/b'],
  ['/press/café', '/press/caf%C3%A9'],
]

/** Whether a Location value keeps a browser on `origin`, read as a browser reads it. */
export function staysOn(origin: string, location: string | null) {
  if (location === null) return false
  if (!location.startsWith('/') || location.startsWith('//') || /[\\\s\u0000-\u001f]/.test(location)) return false
  return new URL(location, origin).origin === origin
}
