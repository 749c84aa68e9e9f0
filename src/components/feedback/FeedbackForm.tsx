import { feedbackToken } from '@/feedback/token'
import type { FeedbackTarget } from '@/feedback/targets'
import { getPayload } from '@/lib/payload'

import { FeedbackFields } from './FeedbackFields'

type Props = { target: FeedbackTarget; slug?: string | null }

/**
 * "Was deze pagina nuttig?" under every content page: a plain form that posts to /reactie and works
 * without JavaScript. The answer comes back as this same page with #feedback-bedankt, and CSS
 * (:target) shows the thanks, so the page itself stays one cached page for everyone. The token
 * (src/feedback/token.ts) is made here, on the server, with the secret.
 */
export async function FeedbackForm({ target, slug }: Props) {
  const payload = await getPayload()
  return <FeedbackFields target={target} slug={slug} token={feedbackToken(payload.secret, target, slug ?? '')} />
}
