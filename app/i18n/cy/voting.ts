import type { Catalog } from '../translate.ts'

/** Ballots, motions, results and their counts. */
export default {} satisfies Catalog
