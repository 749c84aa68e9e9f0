import { handleFeedbackForm } from '@/feedback/formPost'
import { getPayload } from '@/lib/payload'

export const dynamic = 'force-dynamic'

/** POST /reactie: "Was deze pagina nuttig?" from any content page, without JavaScript. */
export async function POST(request: Request): Promise<Response> {
  return handleFeedbackForm(await getPayload(), request)
}
