const SYMBOLS: Record<string, string> = { gbp: '£', eur: '€', usd: '$' }

/** `1250, 'gbp'` → `£12.50`; pence always shown. */
export function formatMoney(amount: number, currency: string) {
  const value = (amount / 100).toFixed(2)
  const symbol = SYMBOLS[currency.toLowerCase()]
  return symbol ? `${symbol}${value}` : `${value} ${currency.toUpperCase()}`
}
