import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { beforeAll, beforeEach, expect, it } from 'vitest'

import type { User } from '../../../payload-types'
import { importMeasurements } from '../../../src/monitor/importMeasurements'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { usePayload } from '../../helpers/usePayload'

/**
 * The CSV import of KPI figures against a real database: a good file goes in, a file with one bad
 * row leaves nothing behind and names the line, importing again updates, and a regional editor
 * cannot touch another region's figures, neither through the import nor through the API.
 */

const NOW = new Date('2026-11-15T12:00:00Z')

const GOOD = [
  'indicator;regio;periode;waarde;toelichting;voorbeeld',
  'aantal-maatregelen;achterhoek-test;2026-Q1;120;;nee',
  'aantal-maatregelen;achterhoek-test;2026-Q2;118;;nee',
  '2;Achterhoek (test);2026-Q1;"12,5";Eerste cijfer;ja',
  'aantal-maatregelen;rivierenland-test;2026-Q1;95;;nee',
].join('\r\n')

await describeOnEachDatabase('monitor CSV import', (database) => {
  const portal = usePayload(database)
  let regionA: number
  let regionB: number
  let redacteur: User
  let regioredacteur: User

  const asUser = async (user: User): Promise<PayloadRequest> =>
    createLocalReq({ user: { ...user, collection: 'users' } as never }, portal.payload)
  const count = async () => (await portal.payload.count({ collection: 'measurements', overrideAccess: true })).totalDocs
  const figure = async (region: number, period: string, indicatorNumber = 1) => {
    const indicator = (
      await portal.payload.find({
        collection: 'indicators',
        where: { number: { equals: indicatorNumber } },
        overrideAccess: true,
        draft: true,
      })
    ).docs[0]
    const { docs } = await portal.payload.find({
      collection: 'measurements',
      where: {
        and: [
          { region: { equals: region } },
          { period: { equals: period } },
          { indicator: { equals: indicator.id } },
        ],
      },
      overrideAccess: true,
      depth: 0,
    })
    return docs
  }

  beforeAll(async () => {
    const system = { overrideAccess: true, depth: 0 } as const
    const region = async (title: string, municipality: string) =>
      (await portal.payload.create({ collection: 'regions', data: { title, municipalities: [municipality], _status: 'published' }, ...system })).id
    regionA = await region('Achterhoek (test)', 'Winterswijk')
    regionB = await region('Rivierenland (test)', 'Tiel')
    for (const [number, title, unit] of [
      [1, 'Aantal maatregelen', 'aantal'],
      [2, 'Samenloop met crisishulp', 'procent'],
    ] as const) {
      await portal.payload.create({
        collection: 'indicators',
        data: { number, title, definition: 'Test', unit, _status: 'published' } as never,
        ...system,
      })
    }
    const user = (role: string, extra: Record<string, unknown> = {}) =>
      portal.payload.create({
        collection: 'users',
        data: {
          email: `${role}-${database.kind}@example.org`,
          password: 'een-lang-testwachtwoord',
          role,
          name: role,
          ...extra,
        } as never,
        ...system,
      }) as Promise<User>
    redacteur = await user('redacteur')
    regioredacteur = await user('regioredacteur', { region: regionA })
  })

  beforeEach(async () => {
    await portal.payload.delete({ collection: 'measurements', where: { id: { exists: true } }, overrideAccess: true })
  })

  it('imports a good file: every row, with the decimal comma and the example flag', async () => {
    const report = await importMeasurements(await asUser(redacteur), GOOD, { now: NOW })
    expect(report).toMatchObject({ ok: true, created: 4, updated: 0, errors: [] })
    expect(await count()).toBe(4)
    const [crisis] = await figure(regionA, '2026-Q1', 2)
    expect(crisis).toMatchObject({ value: 12.5, isExample: true, note: 'Eerste cijfer' })
  })

  it('imports nothing when one row is bad, and reports that row by its line number', async () => {
    const lines = GOOD.split('\r\n')
    lines.splice(3, 0, 'aantal-maatregelen;achterhoek-test;2026-Q3;veel;;nee')
    const report = await importMeasurements(await asUser(redacteur), lines.join('\r\n'), { now: NOW })
    expect(report.ok).toBe(false)
    expect(report.errors).toEqual([{ line: 4, message: 'Waarde "veel" is geen getal.' }])
    expect(await count()).toBe(0)
  })

  it('reports every kind of bad row: unknown region or indicator, bad period, duplicate', async () => {
    const csv = [
      'indicator;regio;periode;waarde',
      'aantal-maatregelen;achterhoek-test;2026-Q1;1',
      'onbekend;achterhoek-test;2026-Q1;1',
      'aantal-maatregelen;veluwe;2026-Q1;1',
      'aantal-maatregelen;achterhoek-test;2026-Q5;1',
      'aantal-maatregelen;achterhoek-test;2026-Q1;2',
    ].join('\n')
    const report = await importMeasurements(await asUser(redacteur), csv, { now: NOW })
    expect(report.errors.map((e) => e.line)).toEqual([3, 4, 5, 6])
    expect(report.errors[0].message).toMatch(/onbekende indicator "onbekend"/i)
    expect(report.errors[1].message).toMatch(/onbekende regio "veluwe"/i)
    expect(report.errors[2].message).toMatch(/ongeldige periode "2026-Q5"/i)
    expect(report.errors[3].message).toMatch(/dubbel.*regel 2/i)
    expect(await count()).toBe(0)
  })

  it('rolls back the rows already written when a write fails halfway', async () => {
    // A row that passes every check but that the database refuses: just before the last row is
    // written, the same figure appears (as if someone saved it at that moment), so the insert
    // hits the unique index on indicator, region and quarter.
    const req = await asUser(redacteur)
    const original = portal.payload.create.bind(portal.payload)
    let writes = 0
    portal.payload.create = (async (args: Parameters<Payload['create']>[0]) => {
      writes += 1
      if (writes === 4) await original({ ...args, overrideAccess: true } as never)
      return original(args as never)
    }) as Payload['create']
    let outcome: unknown
    try {
      outcome = await importMeasurements(req, GOOD, { now: NOW })
    } finally {
      portal.payload.create = original
    }
    expect(writes).toBe(4)
    expect(outcome).toMatchObject({
      ok: false,
      created: 0,
      errors: [{ line: 5, message: expect.stringMatching(/uniek.*niets geïmporteerd/) }],
    })
    // The three rows written before it, and the one slipped in, are rolled back with it.
    expect(await count()).toBe(0)
  })

  it('updates on re-import instead of duplicating', async () => {
    await importMeasurements(await asUser(redacteur), GOOD, { now: NOW })
    const changed = GOOD.replace('2026-Q1;120', '2026-Q1;121')
    const report = await importMeasurements(await asUser(redacteur), changed, { now: NOW })
    expect(report).toMatchObject({ ok: true, created: 0, updated: 4 })
    expect(await count()).toBe(4)
    const docs = await figure(regionA, '2026-Q1')
    expect(docs).toHaveLength(1)
    expect(docs[0].value).toBe(121)
  })

  it('lets a regional editor import their own region and refuses any row of another region', async () => {
    const own = ['indicator;regio;periode;waarde', 'aantal-maatregelen;achterhoek-test;2026-Q1;7'].join('\n')
    expect(await importMeasurements(await asUser(regioredacteur), own, { now: NOW })).toMatchObject({
      ok: true,
      created: 1,
    })
    const other = [
      'indicator;regio;periode;waarde',
      'aantal-maatregelen;achterhoek-test;2026-Q2;8',
      'aantal-maatregelen;rivierenland-test;2026-Q1;9',
    ].join('\n')
    const report = await importMeasurements(await asUser(regioredacteur), other, { now: NOW })
    expect(report.ok).toBe(false)
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]).toMatchObject({ line: 3 })
    expect(report.errors[0].message).toMatch(/niet uw eigen regio/)
    expect(await count()).toBe(1)
  })

  it('does not let a regional editor write, move or delete another region’s figures through the API', async () => {
    await importMeasurements(await asUser(redacteur), GOOD, { now: NOW })
    const [theirs] = await figure(regionB, '2026-Q1')
    const [ours] = await figure(regionA, '2026-Q1')
    const as = { overrideAccess: false, user: { ...regioredacteur, collection: 'users' } as never, depth: 0 } as const
    await expect(
      portal.payload.update({ collection: 'measurements', id: theirs.id, data: { value: 1 }, ...as }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(portal.payload.delete({ collection: 'measurements', id: theirs.id, ...as })).rejects.toMatchObject({
      status: 403,
    })
    // Creating for another region is refused in Dutch; without a region it is their own.
    await expect(
      portal.payload.create({
        collection: 'measurements',
        data: { indicator: ours.indicator, region: regionB, period: '2025-Q4', value: 3 } as never,
        ...as,
      }),
    ).rejects.toMatchObject({ status: 400 })
    const created = await portal.payload.create({
      collection: 'measurements',
      data: { indicator: ours.indicator, period: '2025-Q4', value: 3 } as never,
      ...as,
    })
    expect(created.region).toBe(regionA)
    // Moving their own figure to another region is refused, and nothing moves.
    await expect(
      portal.payload.update({ collection: 'measurements', id: ours.id, data: { region: regionB, value: 130 } as never, ...as }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await figure(regionA, '2026-Q1'))[0].value).not.toBe(130)
    expect((await figure(regionB, '2026-Q1'))[0].value).toBe(95)
    // A redacteur corrects any region.
    const fixed = await portal.payload.update({
      collection: 'measurements',
      id: theirs.id,
      data: { value: 96 },
      overrideAccess: false,
      user: { ...redacteur, collection: 'users' } as never,
    })
    expect(fixed.value).toBe(96)
  })

  it('refuses other roles with a Dutch reason', async () => {
    const professional = (await portal.payload.create({
      collection: 'users',
      data: {
        email: `prof-${database.kind}@example.org`,
        password: 'een-lang-testwachtwoord',
        role: 'professional',
        name: 'p',
      } as never,
      overrideAccess: true,
    })) as User
    await expect(importMeasurements(await asUser(professional), GOOD, { now: NOW })).rejects.toMatchObject({
      code: 'import-forbidden',
    })
    expect(await count()).toBe(0)
  })
})
