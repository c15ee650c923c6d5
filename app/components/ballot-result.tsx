import { CountChart } from '~/components/count-chart'
import type { ElectionResult } from '~/domain/voting/election-count'
import type { MotionResult } from '~/domain/voting/lifecycle'
import { displayVotes, votesPhrase } from '~/domain/voting/result-display'

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
  const decided = r.for + r.against
  return (
    <>
      <p className={`outcome ${r.passed ? 'outcome--passed' : 'outcome--failed'}`}>{r.passed ? 'Carried' : 'Not carried'}</p>
      <div className="bars" role="img" aria-label={`For ${displayVotes(r.for)}, against ${displayVotes(r.against)}, abstain ${displayVotes(r.abstain)}`}>
        {(['for', 'against', 'abstain'] as const).map((k) => (
          <div className="bars__row" key={k}>
            <span className="bars__label">{k === 'for' ? 'For' : k === 'against' ? 'Against' : 'Abstain'}</span>
            <Bar percent={percent(r[k], r.cast)} tone={k} />
            <span className="bars__value">
              {displayVotes(r[k])} ({percent(r[k], r.cast)}%)
            </span>
          </div>
        ))}
      </div>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Needed to pass</dt>
          <dd>
            {r.threshold === 'two_thirds' ? 'Two thirds' : 'More than half'} of the {votesPhrase(decided)} for or against
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Turnout</dt>
          <dd>
            {displayVotes(r.cast)} of {displayVotes(r.electorate)} {r.electorate === 1 ? 'member' : 'members'} ({r.turnoutPercent}%)
            {r.quorumPercent !== null ? ` — quorum of ${r.quorumPercent}% ${r.quorumMet ? 'met' : 'not met'}` : ''}
          </dd>
        </div>
      </dl>
    </>
  )
}

/** What happened at a stage, in words. */
function stageLabel(round: ElectionResult['rounds'][number]) {
  const what = round.action === 'elect' ? 'First preferences' : round.action === 'transfer-surplus' ? `Surplus of ${round.candidates.join(', ')} transferred` : round.action === 'exclude' ? `${round.candidates.join(', ')} excluded` : 'Remaining candidates elected'
  return round.elected.length ? `${what} — elected: ${round.elected.join(', ')}` : what
}

/** An exact vote value, shown as people read it, with the five-decimal figure kept machine-readable. */
function Votes({ value }: { value: string | number }) {
  return <data value={String(value)}>{displayVotes(value)}</data>
}

/** An election's outcome: who was elected, the last stage, a picture of the count and every stage's figures. */
export function ElectionOutcome({ r }: { r: ElectionResult }) {
  const last = r.rounds[r.rounds.length - 1]
  const max = Math.max(r.quota, ...Object.values(last?.tallies ?? {}).map(Number))
  return (
    <>
      <h2>Elected</h2>
      <ol className="elected">
        {r.elected.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ol>
      <p>
        {displayVotes(r.papers)} {r.papers === 1 ? 'paper' : 'papers'} from {displayVotes(r.electorate)} {r.electorate === 1 ? 'member' : 'members'}; quota: {votesPhrase(r.quota)} (Droop: valid papers ÷ ({r.seats} + 1), plus one).
        {r.tieBrokenByLot ? ' A tie was broken by lot, seeded by the final fingerprint so anyone can repeat it.' : ''}
      </p>
      <h2>Votes at the last stage</h2>
      <div className="bars" role="img" aria-label={`Final stage: ${Object.entries(last?.tallies ?? {}).map(([n, v]) => `${n} ${displayVotes(v)}`).join(', ')}; quota: ${votesPhrase(r.quota)}`}>
        {Object.entries(last?.tallies ?? {}).map(([name, votes]) => (
          <div className="bars__row" key={name}>
            <span className="bars__label">{name}</span>
            <Bar percent={percent(Number(votes), max)} tone={r.elected.includes(name) ? 'for' : 'abstain'} />
            <span className="bars__value">
              {displayVotes(votes)}
              {r.elected.includes(name) ? ' — elected' : ''}
            </span>
          </div>
        ))}
      </div>
      <h2 id="count-picture">The count, stage by stage</h2>
      <p className="hint">Each bar is a candidate&rsquo;s votes at the end of a stage; the lighter end is what transfers brought at that stage; the dashed line is the quota. The table below gives every figure.</p>
      <div className="scroll-region" role="region" aria-labelledby="count-picture" tabIndex={0}>
        <CountChart candidates={r.candidates} stages={r.rounds.map((round) => ({ stage: round.stage, label: stageLabel(round), tallies: round.tallies }))} quota={r.quota} elected={r.elected} />
      </div>
      <h2 id="count-stages">Every stage of the count</h2>
      <div className="scroll-region table-wrap" role="region" aria-labelledby="count-stages" tabIndex={0}>
        <table className="table table--numbers table--sticky-first">
          <caption className="visually-hidden">Votes for each candidate at each stage</caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              {r.rounds.map((round, i) => (
                <th scope="col" key={i}>
                  Stage {round.stage}
                  <span className="table__note">{stageLabel(round)}</span>
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
              <th scope="row">Non-transferable</th>
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
