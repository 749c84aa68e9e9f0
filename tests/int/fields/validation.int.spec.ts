import { type CollectionSlug, ValidationError } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { richText, p } from '../../../src/lexical/build'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { usePayload } from '../../helpers/usePayload'
import { vacancyData } from '../../helpers/vacancyFixtures'

/**
 * Every bad case of issue 3 is refused with a Dutch message on the field that is wrong. The
 * writes go through the Local API as the system (access is not what is tested here), so only
 * validation stands between the bad data and the database.
 */

const DAY = 86_400_000

/** The messages of a rejected write, or a failure when it was accepted or failed otherwise. */
async function rejection(write: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await write
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(ValidationError)
    const validation = error as ValidationError
    expect(validation.status).toBe(400)
    return validation.data.errors.map(({ path, message }) => ({ path, message }))
  }
  throw new Error('De ongeldige invoer werd geaccepteerd.')
}

const messageFor = (errors: { path: string; message: string }[], path: string) =>
  errors.find((error) => error.path === path)?.message

await describeOnEachDatabase('validation', (database) => {
  const portal = usePayload(database)
  let trainingId: number
  let regionId: number
  let indicatorId: number
  let organisationId: number

  const create = (collection: CollectionSlug, data: Record<string, unknown>) =>
    portal.payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })

  const sessionData = (overrides: Record<string, unknown> = {}) => {
    const start = Date.now() + 30 * DAY
    return {
      training: trainingId,
      label: 'Sessie 1',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3 * 3_600_000).toISOString(),
      mode: 'locatie',
      location: 'Arnhem',
      capacity: 20,
      registrationOpensAt: new Date(Date.now()).toISOString(),
      registrationClosesAt: new Date(start - 2 * DAY).toISOString(),
      ...overrides,
    }
  }

  beforeAll(async () => {
    const body = richText(p('Testinhoud.'))
    regionId = (
      await create('regions', { title: 'Testregio', municipalities: ['Arnhem'], body, _status: 'published' })
    ).id as number
    organisationId = (await create('organisations', { title: 'Testorganisatie', type: 'gi', _status: 'published' }))
      .id as number
    trainingId = (await create('trainings', { title: 'Testtraining', format: 'klassikaal', _status: 'published' }))
      .id as number
    indicatorId = (
      await create('indicators', {
        number: 1,
        title: 'Aantal maatregelen',
        definition: 'Aantal lopende maatregelen.',
        unit: 'aantal',
        direction: 'neutraal',
        _status: 'published',
      })
    ).id as number
    await create('building-blocks', {
      number: 1,
      title: 'Eén visie',
      aim: 'Een gedeeld fundament.',
      phase: 'gereed',
      _status: 'published',
    })
  })

  it('accepts a valid session, so the cases below fail on their own fault', async () => {
    await expect(create('training-sessions', sessionData())).resolves.toHaveProperty('id')
  })

  it('refuses a session that ends before it starts', async () => {
    const data = sessionData()
    const errors = await rejection(
      create('training-sessions', {
        ...data,
        endsAt: new Date(new Date(data.startsAt).getTime() - 3_600_000).toISOString(),
      }),
    )
    expect(messageFor(errors, 'endsAt')).toBe('De sessie moet eindigen na het begin.')
  })

  it('refuses a session without places', async () => {
    const errors = await rejection(create('training-sessions', sessionData({ capacity: 0 })))
    expect(messageFor(errors, 'capacity')).toBe('Een sessie heeft minstens één plaats (en hoogstens 1000).')
  })

  it('refuses a registration window that closes after the session has started', async () => {
    const data = sessionData()
    const errors = await rejection(
      create('training-sessions', {
        ...data,
        registrationClosesAt: new Date(new Date(data.startsAt).getTime() + DAY).toISOString(),
      }),
    )
    expect(messageFor(errors, 'registrationClosesAt')).toBe('De inschrijving moet sluiten vóór de sessie begint.')
  })

  it('refuses a vacancy that closes before it was posted', async () => {
    const errors = await rejection(create('vacancies', vacancyData(organisationId, { closesInDays: -7 })))
    expect(messageFor(errors, 'closingDate')).toBe('De sluitingsdatum moet na de plaatsingsdatum liggen.')
  })

  for (const period of ['2026Q1', '2026-Q5', 'Q1-2026', '2026-q1']) {
    it(`refuses the measurement period "${period}"`, async () => {
      const errors = await rejection(
        create('measurements', { indicator: indicatorId, region: regionId, period, value: 10 }),
      )
      expect(messageFor(errors, 'period')).toBe('Schrijf de periode als jaar-kwartaal, bijvoorbeeld 2026-Q2.')
    })
  }

  it('accepts the measurement period "2026-Q1"', async () => {
    await expect(
      create('measurements', { indicator: indicatorId, region: regionId, period: '2026-Q1', value: 10 }),
    ).resolves.toHaveProperty('id')
  })

  for (const number of [0, 9, 2.5]) {
    it(`refuses building block number ${number}`, async () => {
      const errors = await rejection(
        create('building-blocks', {
          number,
          title: `Bouwsteen ${number}`,
          aim: 'Doel.',
          phase: 'gereed',
          _status: 'published',
        }),
      )
      expect(messageFor(errors, 'number')).toBe('Een bouwsteen heeft een nummer van 1 tot en met 8.')
    })
  }

  it('refuses a second building block with the same number', async () => {
    const errors = await rejection(
      create('building-blocks', {
        number: 1,
        title: 'Nog een eerste bouwsteen',
        aim: 'Doel.',
        phase: 'gereed',
        _status: 'published',
      }),
    )
    expect(messageFor(errors, 'number')).toBe(
      'Er is al een bouwsteen met nummer 1; elk nummer van 1 tot en met 8 komt één keer voor.',
    )
  })

  it('lets a building block keep its own number when it is saved again', async () => {
    const { docs } = await portal.payload.find({
      collection: 'building-blocks',
      where: { number: { equals: 1 } },
      overrideAccess: true,
      depth: 0,
    })
    await expect(
      portal.payload.update({
        collection: 'building-blocks',
        id: docs[0].id,
        data: { title: 'Eén visie en kernwaarden' },
        overrideAccess: true,
      }),
    ).resolves.toHaveProperty('number', 1)
  })

  for (const email of [
    'geen-adres',
    'naam@',
    '@example.org',
    'naam@domein',
    'twee@@example.org',
    'met spatie@example.org',
  ]) {
    it(`refuses the e-mail address "${email}" of an organisation`, async () => {
      const errors = await rejection(
        create('organisations', { title: `Organisatie ${email}`, type: 'gi', email, _status: 'published' }),
      )
      expect(messageFor(errors, 'email')).toBe('Voer een geldig e-mailadres in.')
    })
  }

  it('refuses a bad e-mail address of a regional contact point and of a vacancy', async () => {
    const regionErrors = await rejection(
      portal.payload.update({
        collection: 'regions',
        id: regionId,
        data: { contactPoints: [{ kind: 'ret', name: 'Regionaal Expertteam', email: 'ret-at-example.org' }] },
        overrideAccess: true,
      }),
    )
    expect(messageFor(regionErrors, 'contactPoints.0.email')).toBe('Voer een geldig e-mailadres in.')
    const vacancyErrors = await rejection(
      create('vacancies', {
        title: 'Raadsonderzoeker',
        organisation: organisationId,
        function: 'Raadsonderzoeker',
        hoursMin: 32,
        caoScale: 'Schaal 10',
        howToApply: 'Mail uw brief.',
        postedAt: new Date().toISOString(),
        closingDate: new Date(Date.now() + 30 * DAY).toISOString(),
        applyEmail: 'sollicitatie@',
        _status: 'published',
      }),
    )
    expect(messageFor(vacancyErrors, 'applyEmail')).toBe('Voer een geldig e-mailadres in.')
  })
})
