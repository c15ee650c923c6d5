import { useId } from 'react'
import { displayVotes, votesNumber } from '~/domain/voting/result-display'
import { formatNumber } from '~/i18n/format'
import { useLocale, useT } from '~/i18n/react'

export interface CountChartStage {
  stage: number
  /** What happened, in words, e.g. "Surplus of Ada transferred". */
  label: string
  tallies: Record<string, string>
}

const LABEL_WIDTH = 150
const CELL_WIDTH = 120
const ROW_HEIGHT = 34
const HEADER_HEIGHT = 28
const BAR_HEIGHT = 16
const PAD = 8

/**
 * The count as a picture: one row per candidate, one column per stage. Each bar is the
 * candidate's votes at the end of the stage; the lighter end is what they gained by transfer at
 * that stage, and the dashed line is the quota. Drawn by hand as SVG on the server (no script,
 * no inline styles, so the strict CSP holds); the stage table on the page gives every figure.
 */
export function CountChart({ candidates, stages, quota, elected, className }: { candidates: string[]; stages: CountChartStage[]; quota: number; elected: string[]; className?: string }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  const max = Math.max(quota, 1, ...stages.flatMap((s) => Object.values(s.tallies).map(votesNumber)))
  const width = LABEL_WIDTH + stages.length * CELL_WIDTH
  const height = HEADER_HEIGHT + candidates.length * ROW_HEIGHT + PAD
  const barSpan = CELL_WIDTH - 2 * PAD
  const scale = (v: number) => (Math.max(v, 0) / max) * barSpan
  const quotaX = scale(quota)
  const stageName = (stage: number) => t('Stage {stage}', { stage: formatNumber(locale, stage) })
  const summary = stages
    .map((s) =>
      t('Stage {stage}, {label}: {tallies}.', {
        stage: formatNumber(locale, s.stage),
        label: s.label,
        tallies: candidates
          .filter((c) => c in s.tallies)
          .map((c) => `${c} ${displayVotes(s.tallies[c], locale)}`)
          .join(', '),
      }),
    )
    .join(' ')
  return (
    <svg
      className={['count-chart', className].filter(Boolean).join(' ')}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      focusable="false"
    >
      <title id={titleId}>{t('Votes for each candidate at each stage of the count, with the quota of {quota, plural, one {# vote} other {# votes}}', { quota })}</title>
      <desc id={descId}>{`${elected.length ? t('Elected: {names}.', { names: elected.join(', ') }) : t('Elected: nobody.')} ${summary}`}</desc>
      {stages.map((s, col) => (
        <text key={`h${col}`} className="count-chart__stage" x={LABEL_WIDTH + col * CELL_WIDTH + PAD} y={HEADER_HEIGHT - 10} aria-hidden="true">
          {stageName(s.stage)}
        </text>
      ))}
      {candidates.map((name, row) => {
        const y = HEADER_HEIGHT + row * ROW_HEIGHT
        const isElected = elected.includes(name)
        return (
          <g key={name} aria-hidden="true">
            <text className={`count-chart__name${isElected ? ' count-chart__name--elected' : ''}`} x={0} y={y + BAR_HEIGHT - 2}>
              {name.length > 20 ? `${name.slice(0, 19)}…` : name}
            </text>
            {stages.map((s, col) => {
              const x = LABEL_WIDTH + col * CELL_WIDTH + PAD
              if (!(name in s.tallies)) return null
              const now = votesNumber(s.tallies[name])
              const before = col === 0 ? 0 : votesNumber(stages[col - 1].tallies[name] ?? 0)
              const kept = col === 0 ? now : Math.min(before, now)
              const gained = col === 0 ? 0 : Math.max(now - before, 0)
              return (
                <g key={col}>
                  <rect className="count-chart__track" x={x} y={y} width={barSpan} height={BAR_HEIGHT} />
                  <rect className={`count-chart__bar${isElected ? ' count-chart__bar--elected' : ''}`} x={x} y={y} width={scale(kept)} height={BAR_HEIGHT} />
                  {gained > 0 ? <rect className="count-chart__gain" x={x + scale(kept)} y={y} width={scale(gained)} height={BAR_HEIGHT} /> : null}
                  <line className="count-chart__quota" x1={x + quotaX} x2={x + quotaX} y1={y - 3} y2={y + BAR_HEIGHT + 3} />
                  <text className="count-chart__value" x={x} y={y + BAR_HEIGHT + 12}>
                    {displayVotes(s.tallies[name], locale)}
                  </text>
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}
