import type { Figure, PollResults } from './types.ts'

/** One field as RFC 4180 writes it; text that a spreadsheet would run as a formula is defused. */
function field(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const HEADER = [
  'question_id',
  'question',
  'breakdown',
  'group',
  'option_id',
  'option',
  'base',
  'count',
  'percent',
  'lower_95',
  'upper_95',
  'weighted_percent',
  'weighted_lower_95',
  'weighted_upper_95',
  'suppressed',
]
const pct = (share: number | null | undefined) => (share === null || share === undefined ? null : (share * 100).toFixed(1))

/**
 * The published aggregates as CSV (RFC 4180: CRLF line ends, quoted where needed): one line per
 * answer overall and per group. A suppressed figure is left blank and flagged; free text is never
 * included. Nothing when the results are not visible.
 */
export function resultsCsv(model: PollResults): string {
  const lines = [HEADER]
  const line = (
    q: PollResults['questions'][number],
    breakdown: string,
    group: string,
    base: number | null,
    option: { id: string; label: string },
    figure: Figure,
    weighted?: Pick<Figure, 'share' | 'interval'>,
  ) =>
    lines.push(
      [
        q.questionId,
        q.wording,
        breakdown,
        group,
        option.id,
        option.label,
        base,
        figure.count,
        pct(figure.share),
        pct(figure.interval?.lower),
        pct(figure.interval?.upper),
        pct(weighted?.share),
        pct(weighted?.interval?.lower),
        pct(weighted?.interval?.upper),
        figure.suppressed ? 'yes' : 'no',
      ].map(field),
    )
  if (!model.visible) return ''
  for (const q of model.questions) {
    if (q.tooFew) continue
    for (const o of q.options) line(q, 'all', 'all', q.n, o, o, q.weighting ? { share: o.weightedShare, interval: o.weightedInterval } : undefined)
    for (const b of q.breakdowns)
      for (const row of b.rows)
        row.cells.forEach((cell) => {
          const option = q.options.find((o) => o.id === cell.optionId)!
          line(q, b.dimension, row.group, row.base, option, cell)
        })
  }
  return `${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`
}
