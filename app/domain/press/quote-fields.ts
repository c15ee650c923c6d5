type Part = 'text' | 'name' | 'role'
type Slot = 1 | 2 | 3

/** A quote slot's form field name: `quoteField(2, 'name')` is `quote2Name`. */
export const quoteField = (n: number, part: Part) => `quote${n}${part[0].toUpperCase()}${part.slice(1)}`

/** The same, typed for the form's three fixed slots. */
export const quoteKey = <N extends Slot, P extends Part>(n: N, part: P) => quoteField(n, part) as `quote${N}${Capitalize<P>}`
