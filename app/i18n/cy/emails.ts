import type { Catalog } from '../translate.ts'

/** Every email Chorus sends. */
export default {} satisfies Catalog
