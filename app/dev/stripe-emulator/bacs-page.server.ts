import { page } from './html.server.ts'

/** A test control standing in for the days a Direct Debit takes: settle every pending payment now. */
export function renderBacsPage(pending: number) {
  const waiting = pending === 1 ? '1 Direct Debit payment is' : `${pending} Direct Debit payments are`
  return page(
    'Bacs Direct Debit payments',
    `<p>${waiting} waiting to clear. Real payments take about 3 working days; here you can settle them now.</p>
<p>Payments from account 00012345 clear; payments from account 90012345 fail.</p>
<form method="post" action="/_emulator/bacs/clear">
<button type="submit">Clear pending payments now</button>
</form>`,
  )
}
