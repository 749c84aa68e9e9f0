import { getPayload } from '@/lib/payload'
import { handleRegistrationForm } from '@/registrations/formPost'

export const dynamic = 'force-dynamic'

/** POST /scholing/<slug>/inschrijven: the registration form without JavaScript. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params
  return handleRegistrationForm(await getPayload(), request, slug)
}
