import { handleAlertForm } from '@/alerts/formPost'
import { getPayload } from '@/lib/payload'

export const dynamic = 'force-dynamic'

/** POST /meldingen/verzenden/<actie>: the alert forms without JavaScript (subscribe, confirm, manage). */
export async function POST(request: Request, { params }: { params: Promise<{ actie: string }> }): Promise<Response> {
  const { actie } = await params
  return handleAlertForm(await getPayload(), request, actie)
}
