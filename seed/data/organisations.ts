import type { RequiredDataFromCollectionSlug } from 'payload'

import { bold, h2, p, richText, ul } from '../../src/lexical/build'
import { idOf, type SeedContext } from '../lib/context'
import { review, source } from '../lib/review'
import { REGIONS } from './regions'
import { regionInText, regionListInText } from '../../src/regions/region-in-text'

type OrganisationType = RequiredDataFromCollectionSlug<'organisations'>['type']

type OrganisationSeed = {
  slug: string
  title: string
  abbreviation?: string
  type: OrganisationType
  /** Region slugs; 'all' for the partners that signed the one Gelderland contract. */
  regions: string[] | 'all'
  website?: string
  email?: string
  phone?: string
  summary: string
  tasks: string[]
  note?: string
}

const ALL_REGIONS = REGIONS.map((region) => region.slug)
const regionsServedBy = (vt: string) =>
  REGIONS.filter((region) => region.veiligThuis === vt).map((region) => region.slug)

const GI_TASKS = [
  'uitvoeren van ondertoezichtstellingen (OTS) en voogdij',
  'jeugdreclassering na een beslissing in het strafrecht',
  'consultatie en advies aan lokale teams, vóór, tijdens en na een maatregel',
  'deelnemen aan de jeugdbeschermingstafel van de regio',
]

const VT_TASKS = [
  'advies aan burgers en professionals bij zorgen over huiselijk geweld of kindermishandeling',
  'meldingen ontvangen, de veiligheid beoordelen en zo nodig onderzoek doen',
  'overdragen aan het lokale team of de Raad voor de Kinderbescherming, met een warme overdracht',
]

export const ORGANISATIONS: OrganisationSeed[] = [
  {
    slug: 'jeugdbescherming-gelderland',
    title: 'Jeugdbescherming Gelderland',
    type: 'gi',
    regions: 'all',
    website: 'https://www.jbgld.nl',
    email: 'jeugdbescherming-gelderland@example.org',
    summary: 'Gecertificeerde instelling voor jeugdbescherming en jeugdreclassering, werkzaam in heel Gelderland.',
    tasks: GI_TASKS,
  },
  {
    slug: 'william-schrikker-stichting',
    title: 'William Schrikker Stichting',
    abbreviation: 'WSS',
    type: 'gi',
    regions: 'all',
    website: 'https://www.wss.nl',
    email: 'william-schrikker@example.org',
    summary:
      'Landelijk werkende gecertificeerde instelling, gespecialiseerd in gezinnen waarin een ouder of kind een (verstandelijke) beperking heeft.',
    tasks: [...GI_TASKS, 'kennis over werken met gezinnen met een licht verstandelijke beperking (LVB)'],
  },
  {
    slug: 'leger-des-heils-jeugdbescherming-en-reclassering',
    title: 'Leger des Heils Jeugdbescherming & Reclassering',
    type: 'gi',
    regions: 'all',
    website: 'https://www.legerdesheils.nl',
    email: 'leger-des-heils-jbjr@example.org',
    summary: 'De gecertificeerde instelling binnen het Leger des Heils, voor jeugdbescherming en jeugdreclassering.',
    tasks: GI_TASKS,
  },
  {
    slug: 'jeugd-veilig-verder',
    title: 'Jeugd Veilig Verder',
    type: 'gi',
    regions: 'all',
    email: 'jeugd-veilig-verder@example.org',
    summary: 'Gecertificeerde instelling die in Gelderland meedoet aan de Verbeteragenda en het gezamenlijke contract.',
    tasks: GI_TASKS,
  },
  {
    slug: 'veilig-thuis-noord-en-oost-gelderland',
    title: 'Veilig Thuis Noord- en Oost-Gelderland',
    abbreviation: 'VT NOG',
    type: 'veilig-thuis',
    regions: regionsServedBy('veilig-thuis-noord-en-oost-gelderland'),
    email: 'veilig-thuis-nog@example.org',
    phone: '0800-2000',
    summary:
      'Advies- en meldpunt huiselijk geweld en kindermishandeling voor de Achterhoek, Midden-IJssel/Oost-Veluwe en de Noord-Veluwe.',
    tasks: VT_TASKS,
  },
  {
    slug: 'veilig-thuis-gelderland-midden',
    title: 'Veilig Thuis Gelderland-Midden',
    abbreviation: 'VT GM',
    type: 'veilig-thuis',
    regions: regionsServedBy('veilig-thuis-gelderland-midden'),
    email: 'veilig-thuis-gm@example.org',
    phone: '0800-2000',
    summary:
      'Advies- en meldpunt huiselijk geweld en kindermishandeling voor Centraal Gelderland en de Gelderse gemeenten van Foodvalley.',
    tasks: VT_TASKS,
  },
  {
    slug: 'veilig-thuis-gelderland-zuid',
    title: 'Veilig Thuis Gelderland-Zuid',
    abbreviation: 'VT GZ',
    type: 'veilig-thuis',
    regions: regionsServedBy('veilig-thuis-gelderland-zuid'),
    email: 'veilig-thuis-gz@example.org',
    phone: '0800-2000',
    summary: 'Advies- en meldpunt huiselijk geweld en kindermishandeling voor het Rijk van Nijmegen en Rivierenland.',
    tasks: VT_TASKS,
  },
  {
    slug: 'raad-voor-de-kinderbescherming',
    title: 'Raad voor de Kinderbescherming',
    abbreviation: 'RvdK',
    type: 'raad',
    regions: 'all',
    website: 'https://www.kinderbescherming.nl',
    email: 'raad-gelderland@example.org',
    summary:
      'Onderzoekt of een kind een kinderbeschermingsmaatregel nodig heeft en adviseert de kinderrechter; vaste deelnemer aan de jeugdbeschermingstafels.',
    tasks: [
      'beschermingsonderzoek na een verzoek of melding',
      'advies aan de kinderrechter over een maatregel',
      'consultatie voor lokale teams die twijfelen of een maatregel nodig is',
      'deelnemen aan de jeugdbeschermingstafel',
    ],
  },
  ...REGIONS.map((region): OrganisationSeed => ({
    slug: `lokale-teams-${region.slug}`,
    title: `Lokale teams ${region.title}`,
    type: 'lokaal-team',
    regions: [region.slug],
    summary: `De gemeentelijke toegang tot jeugdhulp in de ${region.municipalities.length} gemeenten van ${regionInText(region.title)}: elke gemeente heeft een eigen lokaal team of wijkteam.`,
    tasks: [
      'eerste aanspreekpunt voor ouders en jongeren met vragen over opgroeien en opvoeden',
      'hulp in het vrijwillig kader, zelf of met andere hulpverleners erbij',
      'signaleren van onveiligheid en tijdig opschalen naar Veilig Thuis, de Raad of een GI',
      'na een maatregel de hulp overnemen en de resultaten borgen',
    ],
    note: `Het lokale team heet per gemeente anders (wijkteam, sociaal team, jeugdteam). Kijk op de site van de gemeente voor de juiste naam en het telefoonnummer.`,
  })),
]

export function organisationDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'organisations'>[] {
  return ORGANISATIONS.map((org) => {
    const regionSlugs = org.regions === 'all' ? ALL_REGIONS : org.regions
    const isLocal = org.type === 'lokaal-team'
    return {
      title: org.title,
      slug: org.slug,
      summary: org.summary,
      ...(org.abbreviation ? { abbreviation: org.abbreviation } : {}),
      type: org.type,
      regions: regionSlugs.map((slug) => idOf(ctx.ids.regions, slug, 'regio')),
      ...(org.website ? { website: org.website } : {}),
      ...(org.email ? { email: org.email } : {}),
      ...(org.phone ? { phone: org.phone } : {}),
      body: richText(
        h2('Wat doet deze organisatie'),
        ul(...org.tasks),
        ...(org.note ? [p(org.note)] : []),
        h2('Werkgebied'),
        p(
          regionSlugs.length === REGIONS.length
            ? 'Werkt in alle zeven Gelderse jeugdhulpregio’s.'
            : `Werkt in ${regionListInText(regionSlugs.map((slug) => REGIONS.find((r) => r.slug === slug)?.title ?? slug))}.`,
        ),
        ...(org.email
          ? [p(bold('Let op: '), 'het e-mailadres op deze pagina is een voorbeeldadres van de demo-omgeving.')]
          : []),
      ),
      sources: isLocal
        ? [source('gvjb-voortgang-2021', 'Lokale teams als partner in de vaste groep per gemeente (bouwsteen 2)')]
        : [
            source(
              'gvjb-voortgang-2021',
              'Partners van de Verbeteragenda: vier GI’s, drie Veilig Thuis-organisaties en de Raad',
            ),
            ...(org.type === 'veilig-thuis'
              ? [
                  source(
                    'besluit',
                    'Werkgebied volgens de indeling van de Veilig Thuis-organisaties; niet in de brondocumenten',
                  ),
                ]
              : []),
          ],
      ...review(ctx.now, {
        reviewedDaysAgo: 75,
        notes: [[75, 'Taken en werkgebied nagelopen.']],
      }),
      isExample: false,
    }
  })
}
