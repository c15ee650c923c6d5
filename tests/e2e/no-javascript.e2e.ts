/** The core forms work with JavaScript disabled. */
import { DEMO, expectHeading, openPage, signIn, type JourneyContext } from './lib/journey.ts'

export async function memberSignsInWithoutJavaScript(ctx: JourneyContext) {
  const { page } = await openPage(ctx, { javaScriptEnabled: false })
  await signIn(page, DEMO.member, undefined, { javaScript: false })
  await expectHeading(page, 'Your account')
}
