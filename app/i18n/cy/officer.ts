import type { Catalog } from '../translate.ts'

/** The officer dashboard and the admin pages. */
export default {} satisfies Catalog
