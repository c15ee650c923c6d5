import type { Catalog } from '../translate.ts'

/** Press briefings, the press room, journalists, enquiries and spokespeople. */
export default {} satisfies Catalog
