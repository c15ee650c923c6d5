import { pressFeedLoader } from '~/utils/feed-response.server'

/** Lifted briefings only: anything under embargo is left out until its lift time. */
export const loader = pressFeedLoader('rss')
