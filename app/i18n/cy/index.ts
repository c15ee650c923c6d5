import type { Catalog } from '../translate.ts'
import common from './common.ts'

/**
 * The Welsh catalog: English message → Welsh message, one file per part of Chorus. A message
 * shown on a Welsh page and missing here fails the tests (tests/integration/welsh.test.ts).
 */
const catalog: Catalog = { ...common }
export default catalog
