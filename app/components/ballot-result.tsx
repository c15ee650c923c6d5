import { CountChart } from '~/components/count-chart'
import type { ElectionResult } from '~/domain/voting/election-count'
import type { MotionResult } from '~/domain/voting/lifecycle'
import { displayVotes, votesPhrase } from '~/domain/voting/result-display'
import { formatNumber } from '~/i18n/format'
import type { Locale } from '~/i18n/locale'
import { useLocale, useT } from '~/i18n/react'
import { translate } from '~/i18n/translate'

/** A bar drawn in SVG: sized by attributes, which the strict CSP allows (inline styles it does not). */
function Bar({ percent, tone }: { percent: number; tone: 'for' | 'against' | 'abstain' }) {
  return (
    <svg className={`bars__bar bars__bar--${tone}`} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width={Math.max(percent, 0.5)} height="10" />
    </svg>
  )
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10)

/** A motion's outcome: carried or not, the votes each way as bars and figures, and turnout. */
export function MotionOutcome({ r }: { r: MotionResult }) {
  const t = useT()
  const locale = useLocale()
  const decided = r.for + r.against
  const votes = (n: number) => displayVotes(n, locale)
  return (
    <>
      <p className={`outcome ${r.passed ? 'outcome--passed' : 'outcome--failed'}`}>{r.passed ? t('Carried') : t('Not carried')}</p>
      <div className="bars" role="img" aria-label={t('For {for}, against {against}, abstain {abstain}', { for: votes(r.for), against: votes(r.against), abstain: votes(r.abstain) })}>
        {(['for', 'against', 'abstain'] as const).map((k) => (
          <div className="bars__row" key={k}>
            <span className="bars__label">{k === 'for' ? t('For') : k === 'against' ? t('Against') : t('Abstain')}</span>
            <Bar percent={percent(r[k], r.cast)} tone={k} />
            <span className="bars__value">
              {votes(r[k])} ({formatNumber(locale, percent(r[k], r.cast))}%)
            </span>
          </div>
        ))}
      </div>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('Needed to pass')}</dt>
          <dd>{t('{threshold, select, two_thirds {Two thirds} other {More than half}} of the {decided, plural, one {# vote} other {# votes}} for or against', { threshold: r.threshold, decided })}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('Turnout')}</dt>
          <dd>
            {t('{cast, number} of {electorate, plural, one {# member} other {# members}} ({turnout}%)', { cast: r.cast, electorate: r.electorate, turnout: formatNumber(locale, r.turnoutPercent) })}
            {r.quorumPercent !== null
              ? ` — ${t('{met, select, yes {quorum of {quorum}% met} other {quorum of {quorum}% not met}}', { met: r.quorumMet ? 'yes' : 'no', quorum: formatNumber(locale, r.quorumPercent) })}`
              : ''}
          </dd>
        </div>
      </dl>
    </>
  )
}

/** What happened at a stage, in words, in the page's language. */
export function stageLabel(locale: Locale, round: Pick<ElectionResult['rounds'][number], 'action' | 'candidates' | 'elected'>) {
  const names = round.candidates.join(', ')
  const what =
    round.action === 'elect'
      ? translate(locale, 'First preferences')
      : round.action === 'transfer-surplus'
        ? translate(locale, 'Surplus of {names} transferred', { names })
        : round.action === 'exclude'
          ? translate(locale, '{names} excluded', { names })
          : translate(locale, 'Remaining candidates elected')
  return round.elected.length ? translate(locale, '{what} — elected: {names}', { what, names: round.elected.join(', ') }) : what
}

/** An exact vote value, shown as people read it, with the five-decimal figure kept machine-readable. */
function Votes({ value }: { value: string | number }) {
  const locale = useLocale()
  return <data value={String(value)}>{displayVotes(value, locale)}</data>
}

/** An election's outcome: who was elected, the last stage, a picture of the count and every stage's figures. */
export function ElectionOutcome({ r }: { r: ElectionResult }) {
  const t = useT()
  const locale = useLocale()
  const last = r.rounds[r.rounds.length - 1]
  const max = Math.max(r.quota, ...Object.values(last?.tallies ?? {}).map(Number))
  return (
    <>
      <h2>{t('Elected')}</h2>
      <ol className="elected">
        {r.elected.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ol>
      <p>
        {t(
          '{papers, plural, one {# paper} other {# papers}} from {electorate, plural, one {# member} other {# members}}; quota: {quota, plural, one {# vote} other {# votes}} (Droop: valid papers ÷ ({seats} + 1), plus one).',
          {
            papers: r.papers,
            electorate: r.electorate,
            quota: r.quota,
            seats: formatNumber(locale, r.seats),
          },
        )}
        {r.tieBrokenByLot ? ` ${t('A tie was broken by lot, seeded by the final fingerprint so anyone can repeat it.')}` : ''}
      </p>
      <h2>{t('Votes at the last stage')}</h2>
      <div
        className="bars"
        role="img"
        aria-label={t('Final stage: {tallies}; quota: {quota}', {
          tallies: Object.entries(last?.tallies ?? {})
            .map(([n, v]) => `${n} ${displayVotes(v, locale)}`)
            .join(', '),
          quota: votesPhrase(r.quota, locale),
        })}
      >
        {Object.entries(last?.tallies ?? {}).map(([name, votes]) => (
          <div className="bars__row" key={name}>
            <span className="bars__label">{name}</span>
            <Bar percent={percent(Number(votes), max)} tone={r.elected.includes(name) ? 'for' : 'abstain'} />
            <span className="bars__value">
              {displayVotes(votes, locale)}
              {r.elected.includes(name) ? ` — ${t('elected')}` : ''}
            </span>
          </div>
        ))}
      </div>
      <h2 id="count-picture">{t('The count, stage by stage')}</h2>
      <p className="hint">
        {t('Each bar is a candidate’s votes at the end of a stage; the lighter end is what transfers brought at that stage; the dashed line is the quota. The table below gives every figure.')}
      </p>
      <div className="scroll-region" role="region" aria-labelledby="count-picture" tabIndex={0}>
        <CountChart
          candidates={r.candidates}
          stages={r.rounds.map((round) => ({ stage: round.stage, label: stageLabel(locale, round), tallies: round.tallies }))}
          quota={r.quota}
          elected={r.elected}
        />
      </div>
      <h2 id="count-stages">{t('Every stage of the count')}</h2>
      <div className="scroll-region table-wrap" role="region" aria-labelledby="count-stages" tabIndex={0}>
        <table className="table table--numbers table--sticky-first">
          <caption className="visually-hidden">{t('Votes for each candidate at each stage')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Candidate')}</th>
              {r.rounds.map((round, i) => (
                <th scope="col" key={i}>
                  {t('Stage {stage}', { stage: formatNumber(locale, round.stage) })}
                  <span className="table__note">{stageLabel(locale, round)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.candidates.map((c) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                {r.rounds.map((round, i) => (
                  <td key={i}>{c in round.tallies ? <Votes value={round.tallies[c]} /> : '—'}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('Non-transferable')}</th>
              {r.rounds.map((round, i) => (
                <td key={i}>
                  <Votes value={round.nonTransferable} />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </>
  )
}
