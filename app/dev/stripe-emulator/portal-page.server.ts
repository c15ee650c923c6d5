import { escapeHtml, formatDate, page } from './html.server.ts'
import { formatMoney } from './money.server.ts'
import type { Customer, PortalSession, Product, Subscription } from './store.server.ts'

export interface PortalView {
  session: PortalSession
  customer: Customer
  subscriptions: { subscription: Subscription; product: Product | undefined }[]
}

export function renderPortalPage(view: PortalView) {
  const { session, customer } = view
  const list = view.subscriptions.length ? view.subscriptions.map((entry) => subscriptionPanel(session, entry)).join('') : '<p>You have no membership payments set up.</p>'
  const body = `
<p>Signed in as ${escapeHtml(customer.email ?? customer.name ?? customer.id)}.</p>
${list}
${session.return_url ? `<p><a href="${escapeHtml(session.return_url)}">Return to Chorus</a></p>` : ''}`
  return page('Your membership payments', body)
}

function subscriptionPanel(session: PortalSession, entry: PortalView['subscriptions'][number]) {
  const { subscription, product } = entry
  const item = subscription.items.data[0]
  const money = formatMoney(item.price.unit_amount * item.quantity, item.price.currency)
  const amount = `${money} per ${item.price.recurring?.interval ?? 'period'}`
  const titleId = `title-${subscription.id}`
  return `<section class="panel" aria-labelledby="${titleId}">
<h2 id="${titleId}">${escapeHtml(product?.name ?? 'Membership')}</h2>
<p>${escapeHtml(amount)}</p>
<p>${escapeHtml(statusLine(subscription, money))}</p>
${action(session, subscription)}
</section>`
}

function statusLine(subscription: Subscription, money: string) {
  const end = formatDate(subscription.current_period_end)
  if (subscription.status === 'canceled') return `Cancelled. Payments ended on ${formatDate(subscription.ended_at ?? subscription.current_period_end)}.`
  if (subscription.cancel_at_period_end) return `Payments stop on ${end}. You will not be charged again.`
  if (subscription.status === 'past_due') return `Your last payment failed. We will try your card again soon.`
  return `Next payment: ${money} on ${end}.`
}

function action(session: PortalSession, subscription: Subscription) {
  if (subscription.status === 'canceled') return ''
  const cancel = !subscription.cancel_at_period_end
  return `<form method="post" action="/portal/${escapeHtml(session.id)}">
<input type="hidden" name="subscription" value="${escapeHtml(subscription.id)}">
<input type="hidden" name="action" value="${cancel ? 'cancel' : 'resume'}">
<button type="submit" class="${cancel ? 'secondary' : ''}">${cancel ? 'Cancel membership payments' : 'Keep paying for my membership'}</button>
</form>`
}

export function renderPortalMissing() {
  return page('Billing session not found', '<p>This billing link is not valid or has expired. Go back to Chorus and open billing again.</p>')
}
