import type { Catalog } from '../translate.ts'

/** Position statements, consultations and their officer pages. */
export default {} satisfies Catalog
