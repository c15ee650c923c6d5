import { TEST_ACCOUNTS, TEST_SORT_CODE, type BacsErrors, type BacsForm } from './bacs.server.ts'
import { TEST_CARDS, type CardErrors, type CardForm } from './card.server.ts'
import { errorSummary, escapeHtml, page, textField } from './html.server.ts'
import { formatMoney } from './money.server.ts'
import type { CheckoutSession, Price, Product } from './store.server.ts'

export interface CheckoutView {
  session: CheckoutSession
  lines: { price: Price; product: Product | undefined; quantity: number }[]
  form?: CardForm
  errors?: CardErrors
  declined?: string
  bacsForm?: BacsForm
  bacsErrors?: BacsErrors
  /** The email address Stripe already knows for this customer, offered for the Direct Debit confirmation. */
  knownEmail?: string | null
}

const BACS_IDS: Record<keyof BacsForm, string> = { name: 'bacs_name', email: 'bacs_email', sortCode: 'bacs_sort_code', accountNumber: 'bacs_account_number', mandate: 'bacs_mandate' }

const FIELD_IDS: Record<keyof CardForm, string> = { number: 'card_number', expiry: 'card_expiry', cvc: 'card_cvc', name: 'card_name' }

export function renderCheckoutPage(view: CheckoutView) {
  const { session, form, errors = {} } = view
  const total = formatMoney(session.amount_total, session.currency)
  const summaryErrors = view.declined
    ? [{ field: FIELD_IDS.number, message: view.declined }]
    : [
        ...(Object.keys(errors) as (keyof CardForm)[]).map((key) => ({ field: FIELD_IDS[key], message: errors[key]! })),
        ...(Object.keys(view.bacsErrors ?? {}) as (keyof BacsForm)[]).map((key) => ({ field: BACS_IDS[key], message: view.bacsErrors![key]! })),
      ]
  const testCards = TEST_CARDS.map((card) => `${card.number} (${card.result})`).join('; ')
  const body = `
${errorSummary(summaryErrors)}
<section class="panel" aria-labelledby="summary-title">
<h2 id="summary-title">What you are paying for</h2>
<dl>${view.lines.map(lineSummary).join('')}</dl>
${session.customer_email ? `<p>Receipts go to ${escapeHtml(session.customer_email)}.</p>` : ''}
</section>
<form method="post" action="/checkout/${escapeHtml(session.id)}" novalidate>
<input type="hidden" name="payment_method" value="card">
<h2>${session.payment_method_types.includes('bacs_debit') ? 'Pay by card' : 'Card details'}</h2>
${textField({ id: FIELD_IDS.number, label: 'Card number', hint: `Test cards: ${testCards}. Any future expiry date and any 3-digit security code work.`, error: view.declined ?? errors.number, value: form?.number, autocomplete: 'cc-number', inputmode: 'numeric' })}
${textField({ id: FIELD_IDS.expiry, label: 'Expiry date', hint: 'MM/YY, for example 04/30', error: errors.expiry, value: form?.expiry, autocomplete: 'cc-exp', inputmode: 'numeric', width: '8rem' })}
${textField({ id: FIELD_IDS.cvc, label: 'Security code', hint: 'The last 3 digits on the back of the card', error: errors.cvc, autocomplete: 'cc-csc', inputmode: 'numeric', width: '6rem' })}
${textField({ id: FIELD_IDS.name, label: 'Name on card', error: errors.name, value: form?.name, autocomplete: 'cc-name' })}
<button type="submit">Pay ${escapeHtml(total)}</button>
</form>
${session.payment_method_types.includes('bacs_debit') ? bacsForm(view, total) : ''}
${session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel and go back</a></p>` : ''}`
  return page('Pay your Chorus membership dues', body)
}

/** The Bacs Direct Debit form with its mandate, as Stripe's hosted Checkout shows it for sterling. */
function bacsForm(view: CheckoutView, total: string) {
  const form = view.bacsForm
  const errors = view.bacsErrors ?? {}
  const accounts = TEST_ACCOUNTS.map((a) => `${a.number} (${a.result})`).join('; ')
  return `<form method="post" action="/checkout/${escapeHtml(view.session.id)}" novalidate>
<input type="hidden" name="payment_method" value="bacs_debit">
<h2>Pay by Bacs Direct Debit</h2>
<p>Payments by Direct Debit take about 3 working days to clear. You will get an email confirming your Direct Debit.</p>
${textField({ id: BACS_IDS.name, label: 'Name of the account holder', error: errors.name, value: form?.name, autocomplete: 'name' })}
${textField({ id: BACS_IDS.email, label: 'Email address', hint: 'Where we send the Direct Debit confirmation.', error: errors.email, value: form?.email ?? view.knownEmail ?? view.session.customer_email ?? '', autocomplete: 'email' })}
${textField({ id: BACS_IDS.sortCode, label: 'Sort code', hint: `Test sort code: ${TEST_SORT_CODE.replace(/(\d\d)(\d\d)(\d\d)/, '$1-$2-$3')}.`, error: errors.sortCode, value: form?.sortCode, autocomplete: 'off', inputmode: 'numeric', width: '8rem' })}
${textField({ id: BACS_IDS.accountNumber, label: 'Account number', hint: `Test accounts: ${accounts}.`, error: errors.accountNumber, value: form?.accountNumber, autocomplete: 'off', inputmode: 'numeric', width: '10rem' })}
<div class="field${errors.mandate ? ' field--error' : ''}">
${errors.mandate ? `<p class="error" id="${BACS_IDS.mandate}-error"><span class="visually-hidden">Error:</span> ${escapeHtml(errors.mandate)}</p>` : ''}
<p><input type="checkbox" id="${BACS_IDS.mandate}" name="${BACS_IDS.mandate}" value="accepted" style="width:auto"${form?.mandate === 'accepted' ? ' checked' : ''}>
<label for="${BACS_IDS.mandate}" style="display:inline;font-weight:400">I confirm that I am the account holder and the only person required to authorise Direct Debits from this account. I authorise Chorus, through its payment provider, to collect ${escapeHtml(total)} and future membership dues by Direct Debit under this mandate.</label></p>
<p class="hint">Your payments are protected by the Direct Debit Guarantee.</p>
</div>
<button type="submit">Set up Direct Debit and pay ${escapeHtml(total)}</button>
</form>`
}

/** Reads the posted Direct Debit form; field names match the inputs' ids. */
export function readBacsForm(body: URLSearchParams): BacsForm {
  return {
    name: body.get(BACS_IDS.name) ?? '',
    email: body.get(BACS_IDS.email) ?? '',
    sortCode: body.get(BACS_IDS.sortCode) ?? '',
    accountNumber: body.get(BACS_IDS.accountNumber) ?? '',
    mandate: body.get(BACS_IDS.mandate) ?? '',
  }
}

function lineSummary(line: CheckoutView['lines'][number]) {
  const { price, product, quantity } = line
  const interval = price.recurring ? ` per ${price.recurring.interval_count > 1 ? `${price.recurring.interval_count} ${price.recurring.interval}s` : price.recurring.interval}` : ''
  return `<dt>${escapeHtml(product?.name ?? 'Membership')}${quantity > 1 ? ` × ${quantity}` : ''}</dt>
<dd>${escapeHtml(formatMoney(price.unit_amount * quantity, price.currency))}${escapeHtml(interval)}</dd>`
}

/** Reads the posted card form; field names match the inputs' ids. */
export function readCardForm(body: URLSearchParams): CardForm {
  return {
    number: body.get(FIELD_IDS.number) ?? '',
    expiry: body.get(FIELD_IDS.expiry) ?? '',
    cvc: body.get(FIELD_IDS.cvc) ?? '',
    name: body.get(FIELD_IDS.name) ?? '',
  }
}

export function renderCheckoutGone(kind: 'missing' | 'expired' | 'complete', session?: CheckoutSession, successUrl?: string) {
  if (kind === 'expired') {
    return page('This payment link has expired', `<p>Checkout session ${escapeHtml(session?.id)} can no longer be paid. You have not been charged.</p>`)
  }
  if (kind === 'missing') {
    return page(
      'Checkout session not found',
      `<p>This payment link is not valid. It may have been mistyped, or the emulator was restarted.</p>
<p>Go back to Chorus and start joining again.</p>`,
    )
  }
  return page(
    'This payment is already complete',
    `<p>Checkout session ${escapeHtml(session?.id)} has already been paid. You will not be charged again.</p>
${successUrl ? `<p><a href="${escapeHtml(successUrl)}">Continue to Chorus</a></p>` : ''}`,
  )
}
