import type { Catalog } from '../translate.ts'

/** Joining, paying, signing in and the member's account. */
export default {} satisfies Catalog
