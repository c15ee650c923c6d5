import type { Catalog } from '~/i18n/translate.ts'
import ballotDocuments from './ballot-documents.ts'
import common from './common.ts'
import content from './content.ts'
import electionClose from './election-close.ts'
import elections from './elections.ts'
import emails from './emails.ts'
import hustings from './hustings.ts'
import membership from './membership.ts'
import officer from './officer.ts'
import pollPress from './poll-press.ts'
import pollResults from './poll-results.ts'
import polls from './polls.ts'
import press from './press.ts'
import statements from './statements.ts'
import voting from './voting.ts'

/**
 * The Welsh catalog: English message → Welsh message, one file per part of Chorus. A message
 * written in the code and missing here fails the tests (tests/integration/no-strings-left-behind.test.ts).
 */
const catalog: Catalog = {
  ...common,
  ...content,
  ...membership,
  ...voting,
  ...elections,
  ...electionClose,
  ...hustings,
  ...press,
  ...statements,
  ...officer,
  ...emails,
  ...ballotDocuments,
  ...pollResults,
  ...polls,
  ...pollPress,
}
export default catalog
