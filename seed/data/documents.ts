import type { RequiredDataFromCollectionSlug } from 'payload'

import { buildExamplePdf } from '../../src/documents/build-example-pdf'
import { idOf, type SeedContext } from '../lib/context'
import { BUILDING_BLOCKS } from './buildingBlocks'
import { ESCALATION_LEVELS } from './escalationModel'
import { WORKING_METHODS } from './workingMethods'

type DocumentData = RequiredDataFromCollectionSlug<'documents'>

export type DocumentSeed = {
  data: DocumentData
  /** Name of the generated file. */
  filename: string
  /** What goes into the generated PDF. */
  pdf: { title: string; paragraphs: string[] }
}

const BANNER = 'VOORBEELDDOCUMENT – gemaakt voor de demo-omgeving van het portaal, geen vastgesteld stuk.'

const methodSteps = (slug: string): string[] => {
  const method = WORKING_METHODS.find((m) => m.slug === slug)
  if (!method) throw new Error(`Seed: werkwijze "${slug}" bestaat niet.`)
  return [
    method.summary,
    ...method.steps.map(
      (step, index) =>
        `Stap ${index + 1}. ${step.title} – ${step.who}: ${step.action}${step.timeframe ? ` (${step.timeframe})` : ''}`,
    ),
    `Voor ouders: ${method.parentInfo}`,
  ]
}

/**
 * Example documents, generated at seed time from the seeded text itself (never copies of the
 * source files), and all marked as example: the adoption dates, versions and adopting bodies are
 * invented. The escalation model comes in two versions, so the site shows an older version that
 * a newer one replaced.
 */
export function documentSeeds(ctx: SeedContext): DocumentSeed[] {
  const block = (number: number) => idOf(ctx.ids.buildingBlocks, number, 'bouwsteen')
  const method = (slug: string) => idOf(ctx.ids.workingMethods, slug, 'werkwijze')
  const levels = ESCALATION_LEVELS.map(
    (level) =>
      `${level.title}. Wie: ${level.who}. Naar: ${level.to}. Termijn: binnen ${level.withinWorkingDays} werkdagen. Beoogd resultaat: ${level.expectedOutcome}`,
  )
  const escalation = {
    slug: 'escalatiemodel-stagnerende-samenwerking',
    title: 'Escalatiemodel bij stagnerende samenwerking',
    summary: 'Het model als download: wanneer u escaleert, de treden, wie wie benadert en binnen welke termijn.',
    adoptedBy: 'Voorbeeld: bovenregionaal Bestuurlijk Overleg',
    buildingBlocks: [block(6)],
    workingMethods: [method('escaleren-als-de-samenwerking-vastloopt')],
    isExample: true,
  }
  const intro =
    'Als professionals van verschillende organisaties het niet eens worden terwijl de veiligheid van een kind in het geding is, volgen zij deze treden. Het werk met het gezin gaat intussen door.'
  return [
    {
      filename: 'escalatiemodel-versie-1-0.pdf',
      data: {
        ...escalation,
        version: '1.0',
        documentStatus: 'vervallen',
        adoptedOn: '2021-11-15T12:00:00.000Z',
        changeNote: 'Eerste versie, met drie treden.',
      },
      pdf: { title: `${escalation.title} – versie 1.0`, paragraphs: [intro, ...levels.slice(0, 3)] },
    },
    {
      filename: 'escalatiemodel-versie-2-0.pdf',
      data: {
        ...escalation,
        version: '2.0',
        documentStatus: 'vastgesteld',
        adoptedOn: '2022-03-21T12:00:00.000Z',
        changeNote: 'Vierde trede toegevoegd: de bestuurders, als het management er niet uitkomt.',
      },
      pdf: { title: `${escalation.title} – versie 2.0`, paragraphs: [intro, ...levels] },
    },
    {
      filename: 'werkwijze-jeugdbeschermingstafels-1-0.pdf',
      data: {
        slug: 'werkwijze-gelderse-jeugdbeschermingstafels',
        title: 'Werkwijze Gelderse jeugdbeschermingstafels',
        summary:
          'Hoe een gezin aan de jeugdbeschermingstafel komt, wie er aanschuiven en wat er na de bespreking gebeurt.',
        version: '1.0',
        documentStatus: 'vastgesteld',
        adoptedOn: '2022-01-10T12:00:00.000Z',
        adoptedBy: 'Voorbeeld: de zeven Gelderse jeugdbeschermingstafels',
        changeNote: 'Eerste vastgestelde versie.',
        buildingBlocks: [block(4)],
        workingMethods: [method('bespreking-aan-de-jeugdbeschermingstafel')],
        isExample: true,
      },
      pdf: {
        title: 'Werkwijze Gelderse jeugdbeschermingstafels',
        paragraphs: methodSteps('bespreking-aan-de-jeugdbeschermingstafel'),
      },
    },
    {
      filename: 'aanmeldroute-jeugdhulp-0-9.pdf',
      data: {
        slug: 'aanmeldroute-jeugdhulp-vanuit-een-maatregel',
        title: 'Aanmeldroute jeugdhulp vanuit een maatregel',
        summary: 'Concept van de Gelderse aanmeldroute voor jeugdhulp die een jeugdbeschermer inzet.',
        version: '0.9',
        documentStatus: 'concept',
        adoptedBy: 'Voorbeeld: werkgroep aanmeldproces',
        changeNote: 'Concept ter bespreking in de regio’s.',
        buildingBlocks: [block(5)],
        workingMethods: [method('jeugdhulp-aanmelden-vanuit-een-maatregel')],
        isExample: true,
      },
      pdf: {
        title: 'Aanmeldroute jeugdhulp vanuit een maatregel (concept)',
        paragraphs: methodSteps('jeugdhulp-aanmelden-vanuit-een-maatregel'),
      },
    },
    {
      filename: 'de-acht-bouwstenen-1-0.pdf',
      data: {
        slug: 'de-acht-bouwstenen',
        title: 'De acht bouwstenen van de Verbeteragenda',
        summary: 'De acht bouwstenen in één document: doel en stand van zaken per bouwsteen.',
        version: '1.0',
        documentStatus: 'vastgesteld',
        adoptedOn: '2022-04-01T12:00:00.000Z',
        adoptedBy: 'Voorbeeld: de veiligheidsorganisaties en de zeven jeugdhulpregio’s',
        changeNote: 'Eerste versie.',
        buildingBlocks: BUILDING_BLOCKS.map((b) => block(b.number)),
        isExample: true,
      },
      pdf: {
        title: 'De acht bouwstenen van de Verbeteragenda',
        paragraphs: BUILDING_BLOCKS.map((b) => `Bouwsteen ${b.number}: ${b.title}. Doel: ${b.aim}`),
      },
    },
  ]
}

/** The PDF of a seed, with the example banner. */
export const seedPdf = (seed: DocumentSeed) =>
  buildExamplePdf({ ...seed.pdf, banner: BANNER, subject: 'Voorbeelddocument' })
