export interface CardForm {
  number: string
  expiry: string
  cvc: string
  name: string
}
export type CardErrors = Partial<Record<keyof CardForm, string>>
export type CardOutcome = { kind: 'approved' } | { kind: 'declined'; message: string } | { kind: 'invalid'; errors: CardErrors }

export const TEST_CARDS = [
  { number: '4242 4242 4242 4242', result: 'payment succeeds' },
  { number: '4000 0000 0000 0002', result: 'card declined' },
  { number: '4000 0000 0000 0341', result: 'card declined' },
]
const APPROVED = ['4242424242424242']
const DECLINED = ['4000000000000002', '4000000000000341']
const DECLINE_MESSAGE = 'Your card was declined. Try another card.'

/** Decides what Stripe's test mode would do with this card: pay, decline, or ask for corrections. */
export function checkCard(form: CardForm, today = new Date()): CardOutcome {
  const errors: CardErrors = {}
  const number = form.number.replace(/\s+/g, '')
  if (!number) errors.number = 'Enter the card number'
  else if (!/^\d+$/.test(number)) errors.number = 'Card number must only include numbers and spaces'
  else if (![...APPROVED, ...DECLINED].includes(number)) {
    errors.number = 'Enter a test card number, like 4242 4242 4242 4242'
  }
  const expiryError = checkExpiry(form.expiry.trim(), today)
  if (expiryError) errors.expiry = expiryError
  const cvc = form.cvc.trim()
  if (!cvc) errors.cvc = 'Enter the security code'
  else if (!/^\d{3,4}$/.test(cvc)) errors.cvc = 'Security code must be 3 or 4 numbers'
  if (!form.name.trim()) errors.name = 'Enter the name on the card'
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors }
  if (DECLINED.includes(number)) return { kind: 'declined', message: DECLINE_MESSAGE }
  return { kind: 'approved' }
}

function checkExpiry(expiry: string, today: Date) {
  if (!expiry) return 'Enter the expiry date'
  const match = /^(\d{1,2})\s*\/\s*(\d{2})$/.exec(expiry)
  if (!match) return 'Enter the expiry date as MM/YY, like 04/30'
  const month = Number(match[1])
  if (month < 1 || month > 12) return 'Expiry month must be between 01 and 12'
  const year = 2000 + Number(match[2])
  // A card is valid to the end of its expiry month.
  const thisMonth = today.getUTCFullYear() * 12 + today.getUTCMonth()
  if (year * 12 + month - 1 < thisMonth) return 'The expiry date must be in the future'
  return null
}
