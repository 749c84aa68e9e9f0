import type { RequiredDataFromCollectionSlug } from 'payload'

import { bold, callout, h2, p, richText, ul } from '../../src/lexical/build'
import type { AUDIENCES } from '../../src/constants/taxonomy'
import { idOf, type SeedContext } from '../lib/context'
import { addDays, atDutchTime, iso, onWorkingDay } from '../lib/dates'
import { REGIONS } from './regions'
import { TRAINERS } from './users'
import { regionListInText } from '../../src/regions/region-in-text'

type Audience = (typeof AUDIENCES)[number]['value']
type Format = RequiredDataFromCollectionSlug<'trainings'>['format']

type SessionSeed = {
  /** Days from the seed run to the session day (moved off weekends). */
  inDays: number
  /** Dutch clock times. */
  from: [number, number]
  to: [number, number]
  place: string | 'online'
  capacity: number
  cancelled?: boolean
}

type TrainingSeed = {
  title: string
  slug: string
  summary: string
  provider: string
  trainer: keyof typeof TRAINERS
  format: Format
  skjPoints: number
  durationText: string
  costs: string
  audiences: Audience[]
  buildingBlocks: number[]
  /** Region slugs; empty for all of Gelderland. */
  regions: string[]
  learn: string[]
  approach: string
  sessions: SessionSeed[]
}

const MORNING = { from: [9, 30], to: [12, 30] } as const
const AFTERNOON = { from: [13, 30], to: [16, 30] } as const
const DAY = { from: [9, 30], to: [16, 30] } as const
const TWO_HOURS = { from: [14, 0], to: [16, 0] } as const
const session = (
  inDays: number,
  time: { from: readonly [number, number]; to: readonly [number, number] },
  place: string,
  capacity: number,
  cancelled = false,
): SessionSeed => ({
  inDays,
  from: [...time.from],
  to: [...time.to],
  place,
  capacity,
  ...(cancelled ? { cancelled } : {}),
})

const FREE = 'Kosteloos voor medewerkers van de Gelderse partners'

/**
 * Example trainings: the sources say the partners want to share training offers (building block
 * 8) and name themes such as drang en dwang, but list no concrete courses or dates. Sessions are
 * spread over the six months after the seed run.
 */
export const TRAININGS: TrainingSeed[] = [
  {
    title: 'Werken met drang en dwang',
    slug: 'werken-met-drang-en-dwang',
    summary:
      'Voor professionals van lokale teams: positie innemen, de grens tussen vrijwillig en gedwongen kader kennen en tijdig opschalen.',
    provider: 'jeugdbescherming-gelderland',
    trainer: 'gi',
    format: 'klassikaal',
    skjPoints: 8,
    durationText: 'Twee dagdelen',
    costs: FREE,
    audiences: ['lokaal-team', 'onderwijs'],
    buildingBlocks: [2, 8],
    regions: [],
    learn: [
      'het verschil tussen drang en dwang en wat dat betekent voor het gezin',
      'positie innemen: mandaat, houding en gedrag',
      'signalen herkennen om op te schalen: niet te lang en te licht',
    ],
    approach:
      'Met casussen uit de praktijk en oefenen met een trainingsacteur. Een jeugdbeschermer en een raadsonderzoeker geven de training samen.',
    sessions: [
      session(12, MORNING, 'Doetinchem', 18),
      session(40, MORNING, 'Arnhem', 18),
      session(96, AFTERNOON, 'Nijmegen', 18),
    ],
  },
  {
    title: 'Signs of Safety: basistraining',
    slug: 'signs-of-safety-basistraining',
    summary:
      'De twaalf uitgangspunten en de belangrijkste instrumenten van Signs of Safety, toegepast op gesprekken met gezinnen.',
    provider: 'jeugdbescherming-gelderland',
    trainer: 'gi',
    format: 'blended',
    skjPoints: 16,
    durationText: 'Drie dagen en twee online modules',
    costs: '€ 395 per deelnemer; kosteloos voor medewerkers van de GI’s',
    audiences: ['jeugdbeschermer', 'lokaal-team', 'veilig-thuis'],
    buildingBlocks: [1],
    regions: [],
    learn: [
      'zorgen, krachten en doelen helder in kaart brengen',
      'feitelijk beschrijven zonder te oordelen',
      'een veiligheidsplan maken met het netwerk van het gezin',
    ],
    approach:
      'Online voorbereiding, daarna drie trainingsdagen met oefenen in kleine groepen. Tussen de dagen past u het geleerde toe in uw eigen werk.',
    sessions: [session(20, DAY, 'Apeldoorn', 20), session(75, DAY, 'Ede', 20)],
  },
  {
    title: 'Risicotaxatie en veiligheidsplan',
    slug: 'risicotaxatie-en-veiligheidsplan',
    summary:
      'Leren hoe u de risico’s in een onveilige thuissituatie nauwkeurig in kaart brengt, met de ouders en de collega’s die betrokken zijn, en hoe het plan daaruit volgt.',
    provider: 'veilig-thuis-gelderland-midden',
    trainer: 'veiligheid',
    format: 'klassikaal',
    skjPoints: 6,
    durationText: 'Eén dag',
    costs: FREE,
    audiences: ['lokaal-team', 'jeugdbeschermer', 'veilig-thuis'],
    buildingBlocks: [1, 3],
    regions: ['centraal-gelderland', 'foodvalley'],
    learn: [
      'risico’s benoemen en wegen',
      'het gesprek over welk risico aanvaardbaar is',
      'een veiligheidsplan dat het gezin zelf kan uitvoeren',
    ],
    approach: 'Een trainer van Veilig Thuis en een jeugdbeschermer behandelen samen drie casussen van begin tot eind.',
    sessions: [session(26, DAY, 'Arnhem', 24), session(110, DAY, 'Wageningen', 24)],
  },
  {
    title: 'Meldcode huiselijk geweld en kindermishandeling',
    slug: 'meldcode-huiselijk-geweld-en-kindermishandeling',
    summary: 'De vijf stappen van de meldcode, het afwegingskader en wanneer u Veilig Thuis om advies vraagt.',
    provider: 'veilig-thuis-noord-en-oost-gelderland',
    trainer: 'veiligheid',
    format: 'online',
    skjPoints: 3,
    durationText: 'Eén dagdeel',
    costs: FREE,
    audiences: ['onderwijs', 'huisarts', 'lokaal-team', 'zorgaanbieder'],
    buildingBlocks: [2],
    regions: ['achterhoek', 'midden-ijssel-oost-veluwe', 'noord-veluwe'],
    learn: [
      'de stappen van de meldcode',
      'advies vragen en melden bij Veilig Thuis',
      'in gesprek gaan met ouders over uw zorgen',
    ],
    approach: 'Interactieve online bijeenkomst met korte filmpjes en vragen uit de zaal.',
    sessions: [
      session(9, AFTERNOON, 'online', 60),
      session(55, AFTERNOON, 'online', 60),
      session(140, MORNING, 'online', 60),
    ],
  },
  {
    title: 'De jeugdbeschermingstafel: voorbereiden en meedoen',
    slug: 'de-jeugdbeschermingstafel',
    summary: 'Hoe u een gezin voorbereidt op de tafel, wat u inbrengt en hoe u het gesprek met ouders voert.',
    provider: 'raad-voor-de-kinderbescherming',
    trainer: 'veiligheid',
    format: 'klassikaal',
    skjPoints: 4,
    durationText: 'Eén dagdeel',
    costs: FREE,
    audiences: ['lokaal-team', 'veilig-thuis', 'jeugdbeschermer'],
    buildingBlocks: [4],
    regions: [],
    learn: ['de Gelderse werkwijze van de tafel', 'een heldere zorgformulering', 'met ouders praten, niet over ouders'],
    approach:
      'Een raadsonderzoeker en een voorzitter van een jeugdbeschermingstafel doen een bespreking na, waarna deelnemers zelf oefenen.',
    sessions: [session(33, MORNING, 'Tiel', 16), session(89, MORNING, 'Harderwijk', 16)],
  },
  {
    title: 'Familiegroepsplan en netwerk versterken',
    slug: 'familiegroepsplan-en-netwerk-versterken',
    summary: 'Ouders helpen hun netwerk in te zetten en samen een familiegroepsplan te maken.',
    provider: 'william-schrikker-stichting',
    trainer: 'gi',
    format: 'klassikaal',
    skjPoints: 6,
    durationText: 'Eén dag',
    costs: FREE,
    audiences: ['jeugdbeschermer', 'lokaal-team'],
    buildingBlocks: [1, 3],
    regions: [],
    learn: [
      'het netwerk van een gezin in kaart brengen',
      'ouders ondersteunen bij een familiegroepsplan',
      'beoordelen of een plan de zorgen wegneemt',
    ],
    approach: 'Met ervaringsdeskundigen, die vertellen wat een familiegroepsplan voor hun gezin betekende.',
    sessions: [session(47, DAY, 'Nijmegen', 20), session(131, DAY, 'Zutphen', 20)],
  },
  {
    title: 'Gezinnen met een licht verstandelijke beperking',
    slug: 'gezinnen-met-een-licht-verstandelijke-beperking',
    summary:
      'Een licht verstandelijke beperking herkennen bij ouders of jongeren en uw manier van werken daarop aanpassen.',
    provider: 'william-schrikker-stichting',
    trainer: 'gi',
    format: 'online',
    skjPoints: 4,
    durationText: 'Twee online dagdelen',
    costs: FREE,
    audiences: ['lokaal-team', 'jeugdbeschermer', 'zorgaanbieder'],
    buildingBlocks: [2],
    regions: [],
    learn: [
      'signalen van een licht verstandelijke beperking',
      'het inzetten van een screeningsinstrument',
      'eenvoudig communiceren zonder te betuttelen',
    ],
    approach: 'Twee online dagdelen met oefeningen die u tussendoor in uw eigen werk uitprobeert.',
    sessions: [session(16, MORNING, 'online', 40), session(68, MORNING, 'online', 40)],
  },
  {
    title: 'Het escalatiemodel in de praktijk',
    slug: 'het-escalatiemodel-in-de-praktijk',
    summary:
      'Verschillen van inzicht bespreekbaar maken en, als dat niet lukt, opschalen zonder de samenwerking te beschadigen.',
    provider: 'jeugdbescherming-gelderland',
    trainer: 'gi',
    format: 'online',
    skjPoints: 2,
    durationText: 'Twee uur',
    costs: FREE,
    audiences: ['lokaal-team', 'jeugdbeschermer', 'veilig-thuis', 'raad', 'gemeente'],
    buildingBlocks: [6],
    regions: [],
    learn: [
      'wanneer het escalatiemodel van toepassing is',
      'het gesprek met de collega van de andere organisatie',
      'vastleggen en terugkoppelen aan het gezin',
    ],
    approach: 'Korte online sessie met een voorbeeldcasus die trede voor trede wordt doorlopen.',
    sessions: [session(23, TWO_HOURS, 'online', 80), session(120, TWO_HOURS, 'online', 80)],
  },
  {
    title: 'Overdracht na een maatregel',
    slug: 'overdracht-na-een-maatregel',
    summary:
      'Het gezamenlijke overdrachtsgesprek: resultaten, risico’s en terugvalscenario’s bespreken met gezin en ontvangende professional.',
    provider: 'leger-des-heils-jeugdbescherming-en-reclassering',
    trainer: 'gi',
    format: 'klassikaal',
    skjPoints: 4,
    durationText: 'Eén dagdeel',
    costs: FREE,
    audiences: ['jeugdbeschermer', 'lokaal-team', 'zorgaanbieder'],
    buildingBlocks: [3],
    regions: ['rijk-van-nijmegen', 'rivierenland'],
    learn: [
      'een einddoel voor de ondertoezichtstelling concreet maken',
      'een overdrachtsgesprek voeren met gezin en ontvangende professional',
      'een terugvalscenario opstellen',
    ],
    approach: 'Rollenspel van een overdrachtsgesprek, met feedback van een ouder met ervaring.',
    sessions: [session(61, AFTERNOON, 'Tiel', 16, true), session(82, AFTERNOON, 'Nijmegen', 16)],
  },
  {
    title: 'Startersdag jeugdbescherming Gelderland',
    slug: 'startersdag-jeugdbescherming-gelderland',
    summary:
      'Voor nieuwe collega’s van GI’s, Veilig Thuis en de Raad: de visie, de bouwstenen en de partners in één dag.',
    provider: 'raad-voor-de-kinderbescherming',
    trainer: 'veiligheid',
    format: 'klassikaal',
    skjPoints: 5,
    durationText: 'Eén dag',
    costs: FREE,
    audiences: ['jeugdbeschermer', 'veilig-thuis', 'raad'],
    buildingBlocks: [1, 8],
    regions: [],
    learn: [
      'de Gelderse visie en de acht bouwstenen',
      'wat Veilig Thuis, de Raad, de GI’s en de lokale teams doen',
      'collega’s van andere organisaties leren kennen',
    ],
    approach: 'Een dag met korte presentaties van elke partner en kennismaken in gemengde groepjes.',
    sessions: [session(30, DAY, 'Arnhem', 40), session(121, DAY, 'Apeldoorn', 40)],
  },
  {
    title: 'Samenloop van jeugdbescherming en jeugdreclassering',
    slug: 'samenloop-jeugdbescherming-en-jeugdreclassering',
    summary: 'Eén plan en één regiehouder als een jongere zowel een beschermingsmaatregel als jeugdreclassering heeft.',
    provider: 'leger-des-heils-jeugdbescherming-en-reclassering',
    trainer: 'gi',
    format: 'klassikaal',
    skjPoints: 4,
    durationText: 'Eén dagdeel',
    costs: FREE,
    audiences: ['jeugdbeschermer', 'jeugdreclasseerder', 'raad'],
    buildingBlocks: [3],
    regions: [],
    learn: [
      'de verschillende kaders van jeugdbescherming en jeugdreclassering',
      'één plan opstellen bij samenloop',
      'samenwerken met het veiligheidshuis',
    ],
    approach: 'Een jeugdreclasseerder en een jeugdbeschermer werken samen een casus uit.',
    sessions: [session(50, MORNING, 'Ede', 16), session(150, MORNING, 'Doetinchem', 16)],
  },
  {
    title: 'Agressie hanteren en sociale vaardigheden',
    slug: 'agressie-hanteren-en-sociale-vaardigheden',
    summary:
      'Omgaan met boosheid en dreiging in gesprekken, en jongeren helpen hun eigen sociale vaardigheden te versterken.',
    provider: 'jeugd-veilig-verder',
    trainer: 'gi',
    format: 'klassikaal',
    skjPoints: 6,
    durationText: 'Eén dag',
    costs: '€ 245 per deelnemer; kosteloos voor medewerkers van de partners',
    audiences: ['jeugdreclasseerder', 'jeugdbeschermer', 'lokaal-team'],
    buildingBlocks: [8],
    regions: [],
    learn: [
      'spanning herkennen en de-escaleren',
      'grenzen stellen met behoud van het contact',
      'oefenen van sociale vaardigheden met jongeren',
    ],
    approach: 'Veel oefenen, met een trainingsacteur, in kleine groepen.',
    sessions: [session(37, DAY, 'Zutphen', 14), session(103, DAY, 'Culemborg', 14), session(165, DAY, 'Barneveld', 14)],
  },
]

export function trainingDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'trainings'>[] {
  return TRAININGS.map((training, index) => ({
    title: training.title,
    slug: training.slug,
    summary: training.summary,
    provider: idOf(ctx.ids.organisations, training.provider, 'organisatie'),
    trainers: [idOf(ctx.ids.users, TRAINERS[training.trainer], 'trainer')],
    format: training.format,
    skjPoints: training.skjPoints,
    durationText: training.durationText,
    costs: training.costs,
    audiences: training.audiences,
    buildingBlocks: training.buildingBlocks.map((n) => idOf(ctx.ids.buildingBlocks, n, 'bouwsteen')),
    regions: training.regions.map((slug) => idOf(ctx.ids.regions, slug, 'regio')),
    body: richText(
      h2('Wat u leert'),
      ul(...training.learn),
      h2('Hoe de training werkt'),
      p(training.approach),
      p(bold('Accreditatie: '), `de training is aangemeld voor ${training.skjPoints} SKJ-punten.`),
      ...(training.regions.length > 0
        ? [
            p(
              `Bedoeld voor professionals uit ${regionListInText(training.regions.map((slug) => REGIONS.find((r) => r.slug === slug)?.title ?? slug))}; anderen zijn welkom als er plaats is.`,
            ),
          ]
        : []),
      callout({
        variant: 'info',
        title: 'Voorbeeld',
        text: 'Deze training en haar data zijn een voorbeeld in de demo-omgeving.',
      }),
    ),
    isExample: true,
  }))
}

/** Sessions of every training; the training id comes from the run that created the training. */
export function sessionDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'training-sessions'>[] {
  return TRAININGS.flatMap((training) =>
    training.sessions.map((s, index) => {
      const day = onWorkingDay(addDays(ctx.now, s.inDays))
      const offset = Math.round((day.getTime() - ctx.now.getTime()) / 86_400_000)
      const startsAt = atDutchTime(ctx.now, offset, s.from[0], s.from[1])
      const endsAt = atDutchTime(ctx.now, offset, s.to[0], s.to[1])
      const online = s.place === 'online'
      return {
        training: idOf(ctx.ids.trainings, training.slug, 'training'),
        label: `Sessie ${index + 1} · ${online ? 'online' : s.place}`,
        startsAt: iso(startsAt),
        endsAt: iso(endsAt),
        mode: online ? 'online' : 'locatie',
        location: online ? 'Online (Microsoft Teams)' : `${s.place} (voorbeeldlocatie)`,
        // Example addresses and links (example.org): the real ones are the provider's to fill in.
        joinDetails: online
          ? `https://meet.example.org/${training.slug}-${index + 1} (voorbeeldlink; de echte link zet de aanbieder hier)`
          : `Voorbeeldstraat ${10 + index}, ${s.place} (voorbeeldadres; het echte adres zet de aanbieder hier)`,
        capacity: s.capacity,
        registrationOpensAt: iso(addDays(ctx.now, -14)),
        registrationClosesAt: iso(addDays(startsAt, -2)),
        status: s.cancelled ? 'cancelled' : 'scheduled',
      }
    }),
  )
}
