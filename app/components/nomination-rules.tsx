import { useShowText, useT } from '~/i18n/react'

export interface RulesView {
  seats: number
  nominationsClose: string
  opens: string
  closes: string
  supportersNeeded: number
  wordLimit: number
  standTiers: string[]
  standMinYears: number
  candidateOrder: 'alphabetical' | 'random'
}

/** The election's rules, as members read them before standing or supporting. */
export function NominationRules({ rules }: { rules: RulesView }) {
  const t = useT()
  const show = useShowText()
  const row = (term: string, value: string) => (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  )
  return (
    <dl className="summary-list">
      {row(t('Seats'), t('{seats, plural, one {# seat} other {# seats}}', { seats: rules.seats }))}
      {row(t('Nominations close'), rules.nominationsClose)}
      {row(t('Voting'), t('{opens} to {closes}', { opens: rules.opens, closes: rules.closes }))}
      {row(t('Supporters needed'), t('{count, plural, one {# member} other {# members}} who can vote in this election', { count: rules.supportersNeeded }))}
      {row(t('Statement'), t('Up to {count, plural, one {# word} other {# words}}', { count: rules.wordLimit }))}
      {row(
        t('Who can stand'),
        [
          rules.standTiers.length ? t('Members of these tiers: {tiers}', { tiers: rules.standTiers.map(show).join(', ') }) : t('Any member who can vote in this election'),
          rules.standMinYears ? t('with at least {years, plural, one {# year} other {# years}} of membership', { years: rules.standMinYears }) : null,
        ]
          .filter(Boolean)
          .join(' '),
      )}
      {row(t('Order on the ballot paper'), rules.candidateOrder === 'random' ? t('Random, drawn when nominations close') : t('Alphabetical by surname'))}
    </dl>
  )
}
