import { useFetcher } from '@remix-run/react'
import { useEffect } from 'react'
import type { TimingView } from '../domain/press/present.ts'

const POLL_MS = 3_000

const KIND_LABELS = {
  embargo: 'Embargo alerts',
  lift: 'Journalist alerts at the lift',
  public: 'Subscriber alerts',
  corrected: 'Correction notices',
  moved: 'New lift time notices',
  withdrawn: 'Withdrawal notices',
} as const
const ORDER = Object.keys(KIND_LABELS)

/**
 * The briefing's timings and "N of M delivered". A refresh always shows the latest; with
 * JavaScript the figures also follow along, polling a small resource route while alerts are
 * still going out, and stop once they have all gone.
 */
export function AlertProgress(props: { briefingId: string; timing: TimingView; sending: boolean }) {
  const fetcher = useFetcher<{ timing: TimingView; sending: boolean }>()
  const latest = fetcher.data ?? { timing: props.timing, sending: props.sending }
  const { load } = fetcher
  useEffect(() => {
    if (!latest.sending) return
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') load(`/officer/press/${props.briefingId}/progress`)
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [latest.sending, load, props.briefingId])
  const t = latest.timing
  return (
    <section aria-labelledby="timing-heading">
      <h2 id="timing-heading">Timing</h2>
      <dl className="summary-list">
        <div className="summary-list__row"><dt>Draft to sent</dt><dd>{t.draftToSent}</dd></div>
        <div className="summary-list__row"><dt>Sent to last embargo alert delivered</dt><dd>{t.embargoAlerts}</dd></div>
        <div className="summary-list__row"><dt>Public to last alert delivered</dt><dd>{t.liftAlerts}</dd></div>
        {[...t.alerts].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind)).map((a) => (
          <div className="summary-list__row" key={a.kind}>
            <dt>{KIND_LABELS[a.kind]}</dt>
            <dd>
              {a.delivered} of {a.recipients} delivered{a.skipped ? `, ${a.skipped} not sent` : ''}
            </dd>
          </div>
        ))}
      </dl>
      {latest.sending ? <p className="hint">Alerts are still going out.</p> : null}
    </section>
  )
}
