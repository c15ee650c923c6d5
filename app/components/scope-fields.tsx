import { ChoiceGroup } from '~/components/choices'
import { NATIONS } from '~/domain/membership/schemas'
import { NATION_LABELS, SCOPE_NATIONS } from '~/domain/voting/scope'
import { useShowText, useT } from '~/i18n/react'

/**
 * Who may vote (nations, branches, tiers) and, optionally, the returning officer. Leaving a
 * group empty leaves it open; choices in several groups must all match.
 */
export function ScopeFields(props: {
  tiers: { id: string; name: string }[]
  officers?: { id: string; name: string }[]
  defaultOfficerId?: string
  values: Record<string, string | string[] | undefined>
  errors: Record<string, string[] | null | undefined>
}) {
  const t = useT()
  const show = useShowText()
  const first = (name: string) => props.errors[name]?.[0] ?? undefined
  const branches = SCOPE_NATIONS.flatMap((n) => NATIONS[n].branches.map((b) => ({ value: b, label: `${t(b)} (${t(NATION_LABELS[n])})` })))
  return (
    <>
      <h2>{t('Who can vote')}</h2>
      <p className="hint">
        {t('Leave every box empty for the whole membership. Choose in more than one group and a member must match every group you chose: Wales and the Full tier means full members in Wales.')}
      </p>
      <ChoiceGroup
        type="checkbox"
        name="scopeNations"
        legend={t('Nations')}
        options={SCOPE_NATIONS.map((n) => ({ value: n, label: t(NATION_LABELS[n]) }))}
        defaultValue={props.values.scopeNations}
        error={first('scopeNations')}
      />
      <ChoiceGroup type="checkbox" name="scopeBranches" legend={t('Branches')} options={branches} defaultValue={props.values.scopeBranches} error={first('scopeBranches')} />
      <ChoiceGroup
        type="checkbox"
        name="scopeTiers"
        legend={t('Membership tiers')}
        options={props.tiers.map((tier) => ({ value: tier.id, label: show(tier.name) }))}
        defaultValue={props.values.scopeTiers}
        error={first('scopeTiers')}
      />
      {props.officers ? (
        <div className={`form-group${first('returningOfficerId') ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="field-returningOfficerId">
            {t('Returning officer')}
          </label>
          <div className="hint" id="field-returningOfficerId-hint">
            {t('The officer who checks nominations and answers for the count. You, unless you choose someone else.')}
          </div>
          <select
            id="field-returningOfficerId"
            name="returningOfficerId"
            className="select"
            defaultValue={(props.values.returningOfficerId as string) ?? props.defaultOfficerId}
            aria-describedby="field-returningOfficerId-hint"
          >
            {props.officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  )
}
