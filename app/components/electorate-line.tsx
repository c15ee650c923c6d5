import { useT } from '~/i18n/react'

/** "Who can vote: Members in Wales · about 2,140 members can vote now" (exact once frozen). */
export function ElectorateLine(props: { scope: string; count: number | null; exact: boolean }) {
  const t = useT()
  return (
    <p className="meta" data-testid="electorate">
      {t('Who can vote: {scope}', { scope: props.scope })}
      {props.count === null
        ? null
        : props.exact
          ? ` · ${t('{count, plural, one {# member} other {# members}} on the electorate', { count: props.count })}`
          : ` · ${t('about {count, plural, one {# member} other {# members}} can vote now', { count: props.count })}`}
    </p>
  )
}
