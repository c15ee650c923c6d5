export const membershipNumber = (n: number) => `CH-${String(n).padStart(6, '0')}`

export const pounds = (pence: number) => `£${(pence / 100).toFixed(2)}`

/** Made once: toLocaleDateString with options builds a new formatter on every call. */
const longDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

export const longDate = (d: Date) => longDateFormat.format(d)
