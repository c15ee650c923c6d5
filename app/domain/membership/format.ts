export const membershipNumber = (n: number) => `CH-${String(n).padStart(6, '0')}`

export const pounds = (pence: number) => `£${(pence / 100).toFixed(2)}`
