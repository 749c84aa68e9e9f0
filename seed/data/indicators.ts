import type { RequiredDataFromCollectionSlug } from 'payload'

import { callout, h2, link, p, richText } from '../../src/lexical/build'
import type { SeedContext } from '../lib/context'
import { review, source } from '../lib/review'

type IndicatorData = RequiredDataFromCollectionSlug<'indicators'>

export type IndicatorSeed = {
  number: number
  title: string
  slug: string
  unit: IndicatorData['unit']
  direction: IndicatorData['direction']
  definition: string
  why: string
  /** Invented for the demo: the working group has not fixed the rules yet (calculationIsExample). */
  calculation: string
}

/** The seven KPIs of the first Gelderland dataset; names from the progress report. */
export const INDICATORS: IndicatorSeed[] = [
  {
    number: 1,
    title: 'Aantal maatregelen',
    slug: 'aantal-maatregelen',
    unit: 'aantal',
    direction: 'neutraal',
    definition:
      'Het aantal lopende jeugdbeschermings- en jeugdreclasseringsmaatregelen aan het eind van het kwartaal, voor jeugdigen uit de regio.',
    why: 'Laat zien hoeveel gezinnen met een maatregel te maken hebben, en is de basis voor de andere indicatoren.',
    calculation:
      'Teller: maatregelen (OTS, voogdij, jeugdreclassering) met een startdatum vóór en zonder einddatum op de laatste dag van het kwartaal, geteld per woonregio van de jeugdige. Geen noemer.',
  },
  {
    number: 2,
    title: 'Instroom, doorstroom en uitstroom van maatregelen',
    slug: 'instroom-doorstroom-en-uitstroom',
    unit: 'aantal',
    direction: 'neutraal',
    definition:
      'Het aantal maatregelen dat in het kwartaal begon (instroom). Het aantal dat overging in een andere maatregel (doorstroom) en het aantal dat eindigde (uitstroom) staan bij elke meetwaarde in de toelichting.',
    why: 'Laat zien of de instroom toeneemt en of maatregelen op tijd eindigen.',
    calculation:
      'Instroom: maatregelen met een startdatum in het kwartaal. Doorstroom: maatregelen die in het kwartaal overgingen in een andere maatregel voor dezelfde jeugdige. Uitstroom: maatregelen met een einddatum in het kwartaal zonder opvolgende maatregel.',
  },
  {
    number: 3,
    title: 'Doorlooptijd OTS en voogdij',
    slug: 'doorlooptijd-ots-en-voogdij',
    unit: 'dagen',
    direction: 'lager',
    definition:
      'De gemiddelde duur in dagen van de ondertoezichtstellingen en voogdijmaatregelen die in het kwartaal eindigden.',
    why: 'Een kortere maatregel, met behoud van veiligheid, betekent minder ingrijpen in het gezinsleven.',
    calculation:
      'Som van de duur in dagen (einddatum min startdatum) van de OTS- en voogdijmaatregelen die in het kwartaal eindigden, gedeeld door het aantal van die maatregelen.',
  },
  {
    number: 4,
    title: 'Samenloop van een maatregel met jeugdhulp',
    slug: 'samenloop-maatregel-en-jeugdhulp',
    unit: 'procent',
    direction: 'neutraal',
    definition: 'Het percentage lopende maatregelen waarbij in het kwartaal ook jeugdhulp werd ingezet.',
    why: 'Laat zien hoe vaak de jeugdbeschermer een beroep doet op jeugdhulp, en waar het aanmeldproces het verschil maakt.',
    calculation:
      'Teller: lopende maatregelen met minstens één dag jeugdhulp in het kwartaal. Noemer: alle lopende maatregelen in het kwartaal. Maal 100.',
  },
  {
    number: 5,
    title: 'Samenloop van een maatregel met crisishulp',
    slug: 'samenloop-maatregel-en-crisishulp',
    unit: 'procent',
    direction: 'lager',
    definition: 'Het percentage lopende maatregelen waarbij in het kwartaal crisishulp werd ingezet.',
    why: 'Veel crisisinzet kan erop wijzen dat te laat is opgeschaald: "te lang, te licht".',
    calculation:
      'Teller: lopende maatregelen met minstens één crisisplaatsing of crisisinterventie in het kwartaal. Noemer: alle lopende maatregelen in het kwartaal. Maal 100.',
  },
  {
    number: 6,
    title: 'Wachttijd tot de start van jeugdhulp',
    slug: 'wachttijd-tot-start-jeugdhulp',
    unit: 'dagen',
    direction: 'lager',
    definition:
      'Het gemiddelde aantal dagen tussen de aanmelding van jeugdhulp door de jeugdbeschermer en de start van die hulp.',
    why: 'Tijdens het wachten loopt de maatregel door, maar de hulp die de veiligheid moet herstellen nog niet.',
    calculation:
      'Per aanmelding van jeugdhulp door de jeugdbeschermer het aantal kalenderdagen tot de eerste dag van de hulp; het gemiddelde over de hulp die in het kwartaal startte.',
  },
  {
    number: 7,
    title: 'Afschalen in de tijd van samenloop',
    slug: 'afschalen-in-de-tijd-van-samenloop',
    unit: 'procent',
    direction: 'hoger',
    definition:
      'Het percentage maatregelen met jeugdhulp waarbij binnen twaalf maanden is afgeschaald naar lichtere hulp in het vrijwillig kader.',
    why: 'Tijdig afschalen laat zien dat de hulp werkt en dat de overdracht naar het lokale team lukt.',
    calculation:
      'Teller: maatregelen met jeugdhulp die twaalf maanden eerder liepen en nu zijn beëindigd met vrijwillige hulp via het lokale team. Noemer: alle maatregelen met jeugdhulp van twaalf maanden eerder. Maal 100.',
  },
]

export function indicatorDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'indicators'>[] {
  return INDICATORS.map((kpi) => ({
    number: kpi.number,
    title: kpi.title,
    slug: kpi.slug,
    summary: kpi.why,
    definition: kpi.definition,
    unit: kpi.unit,
    direction: kpi.direction,
    calculation: kpi.calculation,
    calculationIsExample: true,
    dataSource: 'Registraties van de gecertificeerde instellingen en het iJW-berichtenverkeer (voorbeeld)',
    body: richText(
      h2('Wat meet deze indicator'),
      p(kpi.definition),
      h2('Waarom'),
      p(kpi.why),
      callout({
        variant: 'info',
        title: 'Meetwijze',
        text: 'De naam van de indicator komt uit de eerste Gelderse dataset. De precieze rekenregel stelt de werkgroep Data en stuurinformatie vast; de omschrijving hier is een uitwerking ter illustratie, en de cijfers in de monitor zijn voorbeeldcijfers.',
      }),
      p('Bekijk de cijfers per regio in de ', link('monitor', '/monitor'), '.'),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Eerste dataset: zeven KPI’s; voorwaarde iJW-berichtenverkeer'),
      source('voorbeeld', 'Rekenregel'),
    ],
    ...review(ctx.now, { reviewedDaysAgo: 100, notes: [[100, 'Omschrijving van de meetwijze toegevoegd.']] }),
    isExample: false,
  }))
}
