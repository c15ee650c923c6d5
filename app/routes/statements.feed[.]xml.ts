import { statementsFeedLoader } from '~/utils/feed-response.server'

/** Adopted statements only: drafts and consultations never appear. */
export const loader = statementsFeedLoader('rss')
