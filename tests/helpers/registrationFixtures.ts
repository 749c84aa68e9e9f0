import type { Payload } from 'payload'

const DAY = 24 * 60 * 60 * 1000

export type SessionSetup = {
  capacity?: number
  startsInDays?: number
  opensInDays?: number
  closesInDays?: number
  status?: 'scheduled' | 'cancelled'
  published?: boolean
  trainers?: (number | string)[]
  skjPoints?: number
  slug?: string
  now?: Date
  /** The address or link only participants get by mail. */
  joinDetails?: string
  /** The training's provider (an organisation id): the contact in the mails. */
  provider?: number | string
}

let counter = 0

/** A published training with one session whose registration window is open now (unless told otherwise). */
export async function createSession(payload: Payload, setup: SessionSetup = {}) {
  const now = setup.now ?? new Date()
  counter += 1
  const slug = setup.slug ?? `test-training-${Date.now().toString(36)}-${counter}`
  const training = await payload.create({
    collection: 'trainings',
    overrideAccess: true,
    depth: 0,
    data: {
      title: `Testtraining ${counter}`,
      slug,
      format: 'klassikaal',
      skjPoints: setup.skjPoints ?? 4,
      trainers: setup.trainers ?? [],
      ...(setup.provider ? { provider: setup.provider } : {}),
      _status: setup.published === false ? 'draft' : 'published',
    } as never,
  })
  const startsAt = new Date(now.getTime() + (setup.startsInDays ?? 10) * DAY)
  const session = await payload.create({
    collection: 'training-sessions',
    overrideAccess: true,
    depth: 0,
    data: {
      training: training.id,
      label: `Sessie ${counter}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000).toISOString(),
      mode: 'locatie',
      location: 'Arnhem, zaal 2',
      ...(setup.joinDetails ? { joinDetails: setup.joinDetails } : {}),
      capacity: setup.capacity ?? 10,
      registrationOpensAt: new Date(now.getTime() + (setup.opensInDays ?? -5) * DAY).toISOString(),
      registrationClosesAt: new Date(now.getTime() + (setup.closesInDays ?? 5) * DAY).toISOString(),
      status: setup.status ?? 'scheduled',
    },
  })
  return { training, session }
}

/** Puts a training in one region (its only one). */
export const trainingInRegion = (payload: Payload, trainingId: number | string, regionId: number | string) =>
  payload.update({ collection: 'trainings', id: trainingId, overrideAccess: true, data: { regions: [Number(regionId)] } })

export const registrant = (sessionId: number | string, i: number, extra: Record<string, unknown> = {}) => ({
  session: sessionId,
  name: `Deelnemer ${i}`,
  email: `deelnemer${i}@example.org`,
  organisation: 'Voorbeeldorganisatie',
  function: 'Jeugdbeschermer',
  consent: true,
  ...extra,
})

export async function statusCounts(payload: Payload, sessionId: number | string) {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { session: { equals: sessionId } },
    pagination: false,
    limit: 0,
    depth: 0,
    overrideAccess: true,
    select: { status: true, email: true, position: true },
  })
  const count = (status: string) => docs.filter((d) => d.status === status).length
  return { total: docs.length, confirmed: count('confirmed'), waitlist: count('waitlist'), cancelled: count('cancelled'), docs }
}
