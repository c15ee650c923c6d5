import { useFetcher } from '@remix-run/react'
import { useEffect } from 'react'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import type { TimingView } from '~/domain/press/present.ts'

const POLL_MS = 3_000

const KIND_LABELS = {
  embargo: msg('Embargo alerts'),
  lift: msg('Journalist alerts at the lift'),
  public: msg('Subscriber alerts'),
  corrected: msg('Correction notices'),
  moved: msg('New lift time notices'),
  'lifted-early': msg('Early lift notices'),
  withdrawn: msg('Withdrawal notices'),
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
  const timing = latest.timing
  const t = useT()
  return (
    <section aria-labelledby="timing-heading">
      <h2 id="timing-heading">{t('Timing')}</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('Draft to sent')}</dt>
          <dd>{timing.draftToSent}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('Sent to last embargo alert delivered')}</dt>
          <dd>{timing.embargoAlerts}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('Public to last alert delivered')}</dt>
          <dd>{timing.liftAlerts}</dd>
        </div>
        {[...timing.alerts]
          .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
          .map((a) => (
            <div className="summary-list__row" key={a.kind}>
              <dt>{t(KIND_LABELS[a.kind])}</dt>
              <dd>
                {a.skipped
                  ? t('{delivered} of {recipients} delivered, {skipped} not sent', { delivered: a.delivered, recipients: a.recipients, skipped: a.skipped })
                  : t('{delivered} of {recipients} delivered', { delivered: a.delivered, recipients: a.recipients })}
              </dd>
            </div>
          ))}
      </dl>
      {latest.sending ? <p className="hint">{t('Alerts are still going out.')}</p> : null}
    </section>
  )
}
