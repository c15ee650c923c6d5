import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { getBallot, getPublishedRecord } from '~/domain/voting/ballots.server'
import { db } from '~/utils/db.server'
import { formatNumber } from '~/i18n/format'
import { metaT } from '~/i18n/meta'
import { T, useLocale, useT } from '~/i18n/react'
import { translateFor } from '~/i18n/server'

/** After the count: the counts that must agree, the commitment, and every receipt in sorted order. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const ballot = await getBallot(db, params.id ?? '')
  const record = ballot?.countedAt ? await getPublishedRecord(db, ballot.id) : null
  if (!ballot || !record) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  return { id: ballot.id, title: ballot.title, kind: ballot.kind, commitment: record.commitment, counts: record.counts, receipts: record.receipts }
}

export default function ReceiptsPage() {
  const { id, title, kind, commitment, counts, receipts } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const agree = counts.voted === counts.receipts && counts.receipts === counts.papers && counts.voted <= counts.electorate
  return (
    <>
      <Link to={`/ballots/${id}/results`} className="back-link">
        {t('Result of {title}', { title })}
      </Link>
      <h1>{t('Every receipt')}</h1>
      <dl className="summary-list" data-testid="record-counts">
        <div className="summary-list__row">
          <dt>{t('On the electorate')}</dt>
          <dd>{formatNumber(locale, counts.electorate)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('Marked as having voted')}</dt>
          <dd>{formatNumber(locale, counts.voted)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('Receipts')}</dt>
          <dd>{formatNumber(locale, counts.receipts)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('Papers counted')}</dt>
          <dd>{formatNumber(locale, counts.papers)}</dd>
        </div>
      </dl>
      <p role="status">{agree ? t('These numbers agree.') : t('These numbers do not agree: the returning officer has been told and will explain.')}</p>
      <p className="fingerprint">
        {t('Commitment, published at close before the count:')} <code>{commitment}</code>
      </p>
      <p>
        <T
          message="Receipts are listed in sorted order and papers in a random order, so neither says when anyone voted, and no receipt is linked to a paper. Download the record to check it yourself with <command>npm run verify-ballot</command>: <record>the public record (JSON)</record>"
          values={{ command: (text: ReactNode) => <code>{text}</code>, record: (text: ReactNode) => <a href={`/ballots/${id}/papers.json`}>{text}</a> }}
        />
        {kind === 'election' ? (
          <>
            {' · '}
            <a href={`/ballots/${id}/ballots.blt`}>{t('ballots in BLT format')}</a>
          </>
        ) : null}
      </p>
      <ul className="receipts">
        {receipts.map((r) => (
          <li key={r}>
            <code>{r}</code>
          </li>
        ))}
      </ul>
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Receipts — Chorus') }]
