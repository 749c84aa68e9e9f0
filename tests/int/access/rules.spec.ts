import { createLocalReq, handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { csrfOrigins } from '../../../src/access/csrfOrigins'
import { denyMissingAccess } from '../../../src/access/denyByDefault'
import { MIN_PASSWORD_LENGTH } from '../../../src/access/passwordPolicy'
import { PASSWORD, unique } from '../../helpers/accessFixtures'
import { describeOnEachDatabase } from '../../helpers/describeOnEachDatabase'
import { usePayload } from '../../helpers/usePayload'

// No crons racing the assertions.
process.env.JOBS_AUTORUN = 'false'

/**
 * The rules the matrix cannot express as one cell: fields, cross-scope moves, version history,
 * what relationship population reveals, the audit log, lockout, passwords and CSRF.
 */

type Doc = Record<string, unknown> & { id: number | string }
type User = Doc & { email: string; role: string }

const SECRET_FIELDS = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'password']

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

await describeOnEachDatabase('access rules', (database) => {
  const portal = usePayload(database)
  const users = {} as Record<'admin' | 'professional' | 'other' | 'achterhoek' | 'rivierenland' | 'werverA' | 'trainer1' | 'trainer2' | 'redacteur', User>
  const ids = {} as Record<'achterhoek' | 'rivierenland' | 'orgA' | 'orgB' | 'training1' | 'training2' | 'session1' | 'session2', number | string>

  const as = (who: User | null) => ({ overrideAccess: false as const, depth: 0, ...(who ? { user: who as never } : {}) })
  const make = async (collection: string, data: Record<string, unknown>, options: Record<string, unknown> = {}) =>
    (await portal.payload.create({ collection: collection as 'pages', data: data as never, depth: 0, ...options })) as unknown as Doc
  const refused = async (run: () => Promise<unknown>) => {
    const error = await run().then(
      () => null,
      (e: Error & { status?: number }) => e,
    )
    expect(error, 'expected a refusal').not.toBeNull()
    expect([401, 403, 404]).toContain(error?.status)
    return error as Error
  }
  /** A request to the REST API as the Next route handler would pass it. */
  const rest = (path: string, init: RequestInit = {}) =>
    handleEndpoints({ config: portal.payload.config, payloadInstanceCacheKey: portal.uri, request: new Request(`http://localhost:3000/api${path}`, init) })
  const newUser = (role: string, extra: Record<string, unknown> = {}) =>
    make('users', { email: `${unique(role)}@example.org`, password: PASSWORD, role, name: `Test ${role}`, ...extra }) as Promise<User>

  beforeAll(async () => {
    ids.achterhoek = (await make('regions', { title: 'Achterhoek', municipalities: ['Winterswijk'], _status: 'published' })).id
    ids.rivierenland = (await make('regions', { title: 'Rivierenland', municipalities: ['Tiel'], _status: 'published' })).id
    ids.orgA = (await make('organisations', { title: 'Organisatie A', type: 'gi', _status: 'published' })).id
    ids.orgB = (await make('organisations', { title: 'Organisatie B', type: 'gi', _status: 'published' })).id
    users.admin = await newUser('admin')
    users.redacteur = await newUser('redacteur')
    users.professional = await newUser('professional')
    users.other = await newUser('professional')
    users.achterhoek = await newUser('regioredacteur', { region: ids.achterhoek })
    users.rivierenland = await newUser('regioredacteur', { region: ids.rivierenland })
    users.werverA = await newUser('werver', { organisation: ids.orgA })
    users.trainer1 = await newUser('trainer')
    users.trainer2 = await newUser('trainer')
    ids.training1 = (await make('trainings', { title: 'Training 1', trainers: [users.trainer1.id], _status: 'published' })).id
    ids.training2 = (await make('trainings', { title: 'Training 2', trainers: [users.trainer2.id], _status: 'published' })).id
    const session = (training: number | string) =>
      make('training-sessions', {
        training,
        label: unique('Sessie'),
        startsAt: inDays(30),
        endsAt: inDays(30.1),
        location: 'Arnhem',
        capacity: 10,
        registrationOpensAt: inDays(-1),
        registrationClosesAt: inDays(29),
      })
    ids.session1 = (await session(ids.training1)).id
    ids.session2 = (await session(ids.training2)).id
  })

  describe('accounts', () => {
    it('a professional cannot raise their own role, region or organisation', async () => {
      const me = users.professional
      await portal.payload.update({ collection: 'users', id: me.id, data: { role: 'admin', region: ids.achterhoek, organisation: ids.orgA } as never, ...as(me) })
      const stored = (await portal.payload.findByID({ collection: 'users', id: me.id, depth: 0 })) as unknown as User
      expect(stored).toMatchObject({ role: 'professional', region: null, organisation: null })
      await refused(() => portal.payload.update({ collection: 'users', id: users.other.id, data: { name: 'Overgenomen' } as never, ...as(me) }))
      expect((await portal.payload.findByID({ collection: 'users', id: users.other.id })).name).toBe('Test professional')
    })

    it('a user reads only their own account, and never its secrets', async () => {
      const { docs } = await portal.payload.find({ collection: 'users', ...as(users.professional) })
      expect(docs.map((doc) => doc.id)).toEqual([users.professional.id])
      await refused(() => portal.payload.findByID({ collection: 'users', id: users.admin.id, ...as(users.professional) }))
      await refused(() => portal.payload.find({ collection: 'users', ...as(null) }))
      for (const reader of [users.professional, users.admin]) {
        const doc = (await portal.payload.findByID({ collection: 'users', id: users.professional.id, ...as(reader) })) as unknown as Doc
        for (const field of SECRET_FIELDS) expect(doc, `${field} for ${reader.role}`).not.toHaveProperty(field)
      }
    })

    it('only an admin lifts a lockout', async () => {
      const locked = await newUser('professional')
      for (let attempt = 0; attempt < 5; attempt++) {
        await expect(portal.payload.login({ collection: 'users', data: { email: locked.email, password: 'fout-wachtwoord-123' } })).rejects.toThrow()
      }
      const lockedOut = await portal.payload.login({ collection: 'users', data: { email: locked.email, password: PASSWORD } }).catch((error: Error) => error)
      expect((lockedOut as Error).name).toBe('LockedAuth')
      const asProfessional = await createLocalReq({ user: users.professional as never }, portal.payload)
      await refused(() => portal.payload.unlock({ collection: 'users', data: { email: locked.email } as never, overrideAccess: false, req: asProfessional }))
      const asAdmin = await createLocalReq({ user: users.admin as never }, portal.payload)
      await portal.payload.unlock({ collection: 'users', data: { email: locked.email } as never, overrideAccess: false, req: asAdmin })
      expect((await portal.payload.login({ collection: 'users', data: { email: locked.email, password: PASSWORD } })).user?.id).toBe(locked.id)
    })

    it(`asks for a password of at least ${MIN_PASSWORD_LENGTH} characters, in Dutch, also on reset`, async () => {
      const short = 'kort-12345'
      const tooShort = async (run: () => Promise<unknown>) => {
        const error = (await run().then(() => null, (e: unknown) => e)) as { status?: number; data?: { errors?: { path: string; message: string }[] } }
        expect(error?.status).toBe(400)
        expect(error?.data?.errors).toEqual([{ path: 'password', message: 'Kies een wachtwoord van minstens 12 tekens.' }])
      }
      await tooShort(() => make('users', { email: `${unique('kort')}@example.org`, password: short, role: 'professional' }))
      const me = await newUser('professional')
      await tooShort(() => portal.payload.update({ collection: 'users', id: me.id, data: { password: short } as never, ...as(me as User) }))
      const token = await portal.payload.forgotPassword({ collection: 'users', data: { email: me.email }, disableEmail: true })
      await tooShort(() => portal.payload.resetPassword({ collection: 'users', data: { token, password: short }, overrideAccess: true }))
      await portal.payload.resetPassword({ collection: 'users', data: { token, password: 'een-nieuw-lang-wachtwoord' }, overrideAccess: true })
    })
  })

  describe('cross-scope attempts leave the data unchanged', () => {
    it('the Achterhoek editor can neither update a Rivierenland agreement nor move one', async () => {
      const theirs = await make('local-agreements', { title: 'Rivierenland-afspraak', region: ids.rivierenland, validFrom: inDays(-5), _status: 'published' })
      const mine = await make('local-agreements', { title: 'Achterhoek-afspraak', region: ids.achterhoek, validFrom: inDays(-5), _status: 'published' })
      const editor = users.achterhoek
      await refused(() => portal.payload.update({ collection: 'local-agreements', id: theirs.id, data: { summary: 'Overschreven' } as never, draft: true, ...as(editor) }))
      await refused(() => portal.payload.update({ collection: 'local-agreements', id: theirs.id, data: { region: ids.achterhoek } as never, ...as(editor) }))
      await refused(() => portal.payload.delete({ collection: 'local-agreements', id: theirs.id, ...as(editor) }))
      // Moving their own agreement away is refused with a message that says why.
      const moved = await portal.payload
        .update({ collection: 'local-agreements', id: mine.id, data: { region: ids.rivierenland } as never, ...as(editor) })
        .then(
          () => null,
          (e: Error & { status?: number }) => e,
        )
      expect(moved?.status).toBe(400)
      expect(moved?.message).toBe('U kunt alleen opslaan voor uw eigen regio. Kies die, of laat het veld leeg.')
      // A bulk update touches only what is theirs.
      await portal.payload.update({ collection: 'local-agreements', where: { id: { in: [mine.id, theirs.id] } }, data: { summary: 'Bulk' } as never, ...as(editor) })
      const after = (await portal.payload.findByID({ collection: 'local-agreements', id: theirs.id, draft: true, depth: 0 })) as unknown as Doc
      expect(after).toMatchObject({ region: ids.rivierenland, title: 'Rivierenland-afspraak' })
      expect(after.summary ?? null).toBeNull()
      expect((await portal.payload.findByID({ collection: 'local-agreements', id: mine.id, depth: 0 })).region).toBe(ids.achterhoek)
      // Creating one "for" Rivierenland is refused; without a region it lands in Achterhoek.
      const forged = await portal.payload
        .create({ collection: 'local-agreements', data: { title: 'Nieuw', region: ids.rivierenland, validFrom: inDays(-1) } as never, draft: true, ...as(editor) })
        .then(
          () => null,
          (e: Error & { status?: number }) => e,
        )
      expect(forged?.status).toBe(400)
      const created = await portal.payload.create({
        collection: 'local-agreements',
        data: { title: 'Nieuw', validFrom: inDays(-1) } as never,
        draft: true,
        ...as(editor),
      })
      expect(created.region).toBe(ids.achterhoek)
      // Municipalities come from the region's own list, drafts included.
      const stranger = await portal.payload
        .update({ collection: 'local-agreements', id: created.id, data: { municipalities: ['Tiel'] } as never, draft: true, ...as(editor) })
        .then(
          () => null,
          (e: Error & { status?: number }) => e,
        )
      expect(stranger?.status).toBe(400)
      expect(stranger?.message).toBe('Niet in deze regio: Tiel. Kies gemeenten uit de lijst van de regio.')
      const chosen = await portal.payload.update({ collection: 'local-agreements', id: created.id, data: { municipalities: ['Winterswijk'] } as never, draft: true, ...as(editor) })
      expect(chosen.municipalities).toEqual(['Winterswijk'])
    })

    it('a draft moved to another region is out of reach of both editors until an admin publishes it (Payload issue 5224)', async () => {
      const doc = await make('local-agreements', { title: 'Verhuizende afspraak', region: ids.achterhoek, validFrom: inDays(-5), _status: 'published' })
      // The admin moves the draft to Rivierenland; the published copy still says Achterhoek.
      await portal.payload.update({ collection: 'local-agreements', id: doc.id, data: { region: ids.rivierenland } as never, draft: true, ...as(users.admin) })
      for (const editor of [users.achterhoek, users.rivierenland]) {
        await refused(() => portal.payload.update({ collection: 'local-agreements', id: doc.id, data: { summary: 'Gewijzigd' } as never, draft: true, ...as(editor) }))
        await refused(() => portal.payload.delete({ collection: 'local-agreements', id: doc.id, ...as(editor) }))
      }
      const latest = (await portal.payload.findByID({ collection: 'local-agreements', id: doc.id, draft: true, depth: 0 })) as unknown as Doc
      expect(latest.summary ?? null).toBeNull()
    })

    it('a werver cannot edit another organisation’s vacancy, nor move theirs there', async () => {
      const vacancy = (org: number | string) =>
        make('vacancies', {
          title: unique('Vacature'),
          organisation: org,
          function: 'Jeugdbeschermer',
          hoursMin: 32,
          caoScale: 'schaal 9',
          closingDate: inDays(30),
          howToApply: 'Mail ons.',
          _status: 'published',
        })
      const theirs = await vacancy(ids.orgB)
      const mine = await vacancy(ids.orgA)
      await refused(() => portal.payload.update({ collection: 'vacancies', id: theirs.id, data: { title: 'Gekaapt' } as never, ...as(users.werverA) }))
      const moved = await portal.payload
        .update({ collection: 'vacancies', id: mine.id, data: { organisation: ids.orgB } as never, ...as(users.werverA) })
        .then(
          () => null,
          (e: Error & { status?: number }) => e,
        )
      expect(moved?.status).toBe(400)
      expect(moved?.message).toBe('U kunt alleen opslaan voor uw eigen organisatie. Kies die, of laat het veld leeg.')
      expect((await portal.payload.findByID({ collection: 'vacancies', id: theirs.id, depth: 0 })).title).toBe(theirs.title)
      expect((await portal.payload.findByID({ collection: 'vacancies', id: mine.id, depth: 0 })).organisation).toBe(ids.orgA)
    })

    it('a trainer sees only the registrations of their own sessions and cannot add sessions to another training', async () => {
      const register = (session: number | string, training: number | string) =>
        make(
          'registrations',
          { session, training, name: 'Deelnemer', email: `${unique('d')}@example.org`, organisation: 'Org', function: 'Functie', consent: true, status: 'confirmed' },
          { context: { registrationAction: 'register' } },
        )
      const mine = await register(ids.session1, ids.training1)
      const theirs = await register(ids.session2, ids.training2)
      const { docs } = await portal.payload.find({ collection: 'registrations', ...as(users.trainer1) })
      expect(docs.map((doc) => doc.id)).toContain(mine.id)
      expect(docs.map((doc) => doc.id)).not.toContain(theirs.id)
      await refused(() => portal.payload.findByID({ collection: 'registrations', id: theirs.id, ...as(users.trainer1) }))
      await refused(() => portal.payload.update({ collection: 'registrations', id: theirs.id, data: { status: 'attended' } as never, ...as(users.trainer1) }))
      expect((await portal.payload.findByID({ collection: 'registrations', id: theirs.id, depth: 0 })).status).toBe('confirmed')

      await refused(() =>
        portal.payload.create({
          collection: 'training-sessions',
          data: {
            training: ids.training2,
            label: 'Ingeschoven',
            startsAt: inDays(40),
            endsAt: inDays(40.1),
            location: 'Ede',
            capacity: 5,
            registrationOpensAt: inDays(-1),
            registrationClosesAt: inDays(39),
          } as never,
          ...as(users.trainer1),
        }),
      )
      await refused(() => portal.payload.update({ collection: 'training-sessions', id: ids.session1, data: { training: ids.training2 } as never, ...as(users.trainer1) }))
      expect((await portal.payload.findByID({ collection: 'training-sessions', id: ids.session1, depth: 0 })).training).toBe(ids.training1)
    })
  })

  describe('what reads reveal', () => {
    it('population at depth 2 gives visitors account ids, never e-mail addresses', async () => {
      for (const reader of [null, users.professional, users.trainer2]) {
        const training = (await portal.payload.findByID({ collection: 'trainings', id: ids.training1, depth: 2, overrideAccess: false, ...(reader ? { user: reader as never } : {}) })) as unknown as Doc
        for (const trainer of training.trainers as unknown[]) expect(typeof trainer, `trainer as ${reader?.role ?? 'anonymous'}`).not.toBe('object')
        expect(JSON.stringify(training)).not.toContain(users.trainer1.email)
      }
    })

    it('never populates or joins a draft for a visitor', async () => {
      const draftBlock = await make('building-blocks', { title: 'Geheime bouwsteen', number: 7, aim: 'x', _status: 'draft' }, { draft: true })
      const liveBlock = await make('building-blocks', { title: 'Openbare bouwsteen', number: 8, aim: 'x', _status: 'published' })
      await make('working-methods', { title: 'Geheime werkwijze', buildingBlocks: [liveBlock.id], _status: 'draft' }, { draft: true })
      const agreement = await make('local-agreements', {
        title: 'Afspraak met bouwstenen',
        region: ids.achterhoek,
        validFrom: inDays(-1),
        buildingBlocks: [draftBlock.id, liveBlock.id],
        _status: 'published',
      })
      const visitor = { overrideAccess: false as const, depth: 2 }
      const seen = JSON.stringify(await portal.payload.findByID({ collection: 'local-agreements', id: agreement.id, ...visitor }))
      expect(seen).toContain('Openbare bouwsteen')
      expect(seen).not.toContain('Geheime bouwsteen')
      const block = JSON.stringify(await portal.payload.findByID({ collection: 'building-blocks', id: liveBlock.id, ...visitor }))
      expect(block).not.toContain('Geheime werkwijze')
      const asDraft = JSON.stringify(await portal.payload.find({ collection: 'building-blocks', draft: true, ...visitor }))
      expect(asDraft).not.toContain('Geheime bouwsteen')
    })

    it('keeps version history to the editors of the document', async () => {
      const doc = await make('local-agreements', { title: 'Met geschiedenis', region: ids.achterhoek, validFrom: inDays(-1), _status: 'published' })
      await portal.payload.update({ collection: 'local-agreements', id: doc.id, data: { summary: 'Concepttekst' } as never, draft: true })
      const other = await make('local-agreements', { title: 'Elders', region: ids.rivierenland, validFrom: inDays(-1), _status: 'published' })
      await refused(() => portal.payload.findVersions({ collection: 'local-agreements', ...as(users.professional) }))
      await refused(() => portal.payload.findVersions({ collection: 'building-blocks', ...as(users.trainer1) }))
      await refused(() => portal.payload.findVersions({ collection: 'local-agreements', ...as(null) }))
      const own = await portal.payload.findVersions({ collection: 'local-agreements', ...as(users.achterhoek), limit: 100 })
      const parents = own.docs.map((version) => version.parent)
      expect(parents).toContain(doc.id)
      expect(parents).not.toContain(other.id)
      await refused(() => portal.payload.findGlobalVersions({ slug: 'vision', ...as(users.professional) }))
    })
  })

  describe('audit log', () => {
    const entries = async (where: Record<string, unknown>) =>
      (await portal.payload.find({ collection: 'audit-log', where: where as never, sort: '-createdAt', limit: 20 })).docs as unknown as Doc[]

    it('records logins and refused logins over the REST API, with the account and nothing else', async () => {
      const account = await newUser('redacteur')
      await portal.payload.login({ collection: 'users', data: { email: account.email, password: PASSWORD } })
      expect(await entries({ and: [{ action: { equals: 'login' } }, { actorId: { equals: String(account.id) } }] })).toHaveLength(1)

      const wrong = await rest('/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: account.email, password: 'niet-het-goede-wachtwoord' }) })
      expect(wrong.status).toBe(401)
      const [failed] = await entries({ and: [{ action: { equals: 'login-failed' } }, { actorId: { equals: String(account.id) } }] })
      expect(failed).toMatchObject({ actorEmail: account.email, detail: 'e-mailadres of wachtwoord onjuist' })

      const unknown = `${unique('niemand')}@example.org`
      const none = await rest('/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: unknown, password: 'wat-dan-ook-123' }) })
      expect(none.status).toBe(401)
      const [anonymous] = await entries({ action: { equals: 'login-failed' } })
      expect(anonymous).toMatchObject({ actorId: null, actorEmail: null })
      expect(JSON.stringify(anonymous)).not.toContain(unknown)
    })

    it('records role changes, publishing and deleting with who and when', async () => {
      const changed = await newUser('professional')
      await portal.payload.update({ collection: 'users', id: changed.id, data: { role: 'redacteur' } as never, ...as(users.admin) })
      const [roleChange] = await entries({ and: [{ action: { equals: 'role-change' } }, { documentId: { equals: String(changed.id) } }, { actorId: { equals: String(users.admin.id) } }] })
      expect(roleChange).toMatchObject({ actorEmail: users.admin.email, detail: 'role: professional → redacteur' })
      expect(JSON.stringify(roleChange)).not.toContain(changed.email)
      expect(roleChange.createdAt).toBeTruthy()

      const page = await portal.payload.create({ collection: 'pages', data: { title: unique('Pagina'), _status: 'published' } as never, ...as(users.redacteur) })
      await portal.payload.delete({ collection: 'pages', id: page.id, ...as(users.redacteur) })
      const actions = (await entries({ documentId: { equals: String(page.id) } })).map((entry) => [entry.action, entry.actorEmail])
      expect(actions).toEqual(
        expect.arrayContaining([
          ['publish', users.redacteur.email],
          ['delete', users.redacteur.email],
        ]),
      )
    })

    it('is readable by admins only and append-only for everyone', async () => {
      const [entry] = await entries({})
      for (const reader of [users.redacteur, users.professional, null]) await refused(() => portal.payload.find({ collection: 'audit-log', ...as(reader) }))
      expect((await portal.payload.find({ collection: 'audit-log', ...as(users.admin) })).totalDocs).toBeGreaterThan(0)
      await refused(() => portal.payload.update({ collection: 'audit-log', id: entry.id, data: { detail: 'weg' } as never, ...as(users.admin) }))
      await refused(() => portal.payload.delete({ collection: 'audit-log', id: entry.id, ...as(users.admin) }))
      await refused(() => portal.payload.create({ collection: 'audit-log', data: { action: 'login' } as never, ...as(users.admin) }))
      // Not even the system rewrites history.
      await expect(portal.payload.update({ collection: 'audit-log', id: entry.id, data: { detail: 'weg' } as never })).rejects.toThrow(/kan niet worden gewijzigd/)
      await expect(portal.payload.delete({ collection: 'audit-log', id: entry.id })).rejects.toThrow(/kan niet worden verwijderd/)
      expect((await portal.payload.findByID({ collection: 'audit-log', id: entry.id })).detail).toBe(entry.detail)
    })
  })

  describe('REST: cookies, CSRF and jobs', () => {
    const loginCookie = async (email: string) => {
      const response = await rest('/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) })
      expect(response.status).toBe(200)
      const cookie = response.headers.get('set-cookie') ?? ''
      return { cookie, token: ((await response.json()) as { token: string }).token }
    }

    it('sets the login cookie HttpOnly and SameSite=Lax', async () => {
      const { cookie } = await loginCookie(users.redacteur.email)
      expect(cookie).toMatch(/payload-token=/)
      expect(cookie).toMatch(/HttpOnly/i)
      expect(cookie).toMatch(/SameSite=Lax/i)
    })

    it('ignores the login cookie on a request from another site', async () => {
      const { cookie } = await loginCookie(users.redacteur.email)
      const token = cookie.match(/payload-token=([^;]+)/)?.[1]
      const me = async (headers: Record<string, string>) =>
        ((await (await rest('/users/me', { headers: { Cookie: `payload-token=${token}`, ...headers } })).json()) as { user: { id: unknown } | null }).user?.id ?? null
      const [allowed] = csrfOrigins()
      expect(portal.payload.config.csrf).toContain(allowed)
      expect(await me({ Origin: allowed })).toBe(users.redacteur.id)
      expect(await me({ 'Sec-Fetch-Site': 'same-origin' })).toBe(users.redacteur.id)
      expect(await me({ Origin: 'https://aanvaller.example' })).toBeNull()
      expect(await me({ 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
      expect(await me({})).toBeNull()
    })

    it('lets only admins run jobs over the API', async () => {
      const { token } = await loginCookie(users.redacteur.email)
      const response = await rest('/payload-jobs/run', { headers: { Authorization: `JWT ${token}` } })
      expect([401, 403]).toContain(response.status)
      expect([401, 403]).toContain((await rest('/payload-jobs/run')).status)
    })

    it('closes internal collections and globals to accounts and visitors', async () => {
      const { token } = await loginCookie(users.redacteur.email)
      const auth = { headers: { Authorization: `JWT ${token}` } }
      for (const path of ['/payload-jobs', '/payload-kv', '/search-changes', '/audit-log', '/globals/payload-jobs-stats']) {
        expect((await rest(path)).status, `${path} anonymous`).toBe(403)
        expect((await rest(path, auth)).status, `${path} redacteur`).toBe(403)
      }
      expect((await rest('/payload-locked-documents')).status).toBe(403)
      expect((await rest('/payload-preferences')).status).toBe(403)
      // Payload serves no endpoints for its migrations table at all.
      expect([404, 501]).toContain((await rest('/payload-migrations')).status)
    })
  })
})

describe('deny by default', () => {
  it('gives a collection without rules no access at all, and no version history', async () => {
    const closed = denyMissingAccess({ slug: 'nieuw', fields: [], versions: { drafts: true }, auth: true })
    const req = { user: { id: 1, role: 'admin' } } as never
    for (const operation of ['create', 'read', 'update', 'delete', 'readVersions'] as const) expect(await closed.access?.[operation]?.({ req } as never)).toBe(false)
    expect(await closed.access?.unlock?.({ req } as never)).toBe(true)
  })
})
