import { bold, callout, h2, h3, link, p, richText, ul } from '../../src/lexical/build'
import type { SeedContext } from '../lib/context'
import { review, source } from '../lib/review'

/** The shared vision "Gelderse kinderen, goed beschermd" (building block 1) and its core values. */
export function visionData(ctx: SeedContext) {
  return {
    title: 'Gelderse kinderen, goed beschermd',
    slug: 'visie',
    summary:
      'De gezamenlijke visie van de veiligheidsorganisaties en de zeven Gelderse jeugdhulpregio’s: elk kind groeit veilig op, en ouders en kinderen horen bij elkaar.',
    aim: 'Elk kind groeit veilig op en elke volwassene kan in veiligheid leven.',
    coreValues: [
      {
        title: 'Werken vanuit vertrouwen en partnerschap',
        description:
          'Voorbeeld van een uitwerking: partners gaan ervan uit dat ieder zijn werk goed wil doen, en zoeken elkaar op in plaats van over elkaar te oordelen. Met het gezin zijn we partners, ook als er een maatregel is.',
      },
      {
        title: 'Duidelijk, navolgbaar en transparant',
        description:
          'Voorbeeld van een uitwerking: wat we met en voor een gezin doen, is voor het gezin en voor elkaar te volgen: we zeggen wat we doen en waarom, en we doen wat we zeggen.',
      },
      {
        title: 'Alle kinderen en opvoeders in beeld, met hun geschiedenis',
        description:
          'We kijken naar het hele gezin: alle kinderen, ouders en opvoeders die erbij horen, en wat zij hebben meegemaakt. Alleen zo zijn de oorzaken van onveiligheid te zien en weg te nemen.',
      },
      {
        title: 'Leren door samen te reflecteren',
        description:
          'Voorbeeld van een uitwerking: we kijken samen terug op wat goed ging en wat beter kan, niet pas na een calamiteit, maar als vast onderdeel van het werk.',
      },
    ],
    adoptedBy: [
      'Jeugdbescherming Gelderland',
      'William Schrikker Stichting',
      'Leger des Heils Jeugdbescherming & Reclassering',
      'Jeugd Veilig Verder',
      'Veilig Thuis Noord- en Oost-Gelderland',
      'Veilig Thuis Gelderland-Midden',
      'Veilig Thuis Gelderland-Zuid',
      'Raad voor de Kinderbescherming',
      'De zeven Gelderse jeugdhulpregio’s',
    ],
    body: richText(
      h2('Ons gezamenlijke doel'),
      p(
        'Elk kind groeit veilig op, en elke volwassene kan in veiligheid leven. Daar werken de veiligheidsorganisaties en de gemeenten in Gelderland samen aan.',
      ),
      h2('Ouders en kinderen horen bij elkaar'),
      p(
        'Ouders spelen de hoofdrol in het leven van hun kind. Ze verdienen daarbij alle steun die nodig is, en tegelijk vragen we hen die rol zelf zo goed mogelijk waar te maken. ',
        'Lukt dat onvoldoende, dan beschermen de partners het kind en het gezin tegen verdere onveiligheid.',
      ),
      h2('Eerst veiligheid, dan risicogestuurde zorg'),
      p(
        bold('Eerst samenwerken voor veiligheid, daarna samenwerken voor risicogestuurde zorg. '),
        'Dat is het adagium van de samenwerking.',
      ),
      h2('Van estafette naar team'),
      p(
        'Een gezin krijgt te maken met één vaste groep gezichten: mensen van het lokale team en van de veiligheidsorganisaties, die hun werk in het gezin op elkaar afstemmen en elkaar versterken. ',
        'Eén visie, één werkwijze en eenduidige formulieren maken dat mogelijk. Gelderland wacht daarvoor niet op een landelijk scenario.',
      ),
      h3('Hoe de visie doorwerkt'),
      ul(
        [
          'De visie is ',
          link('bouwsteen 1', '/bouwstenen/een-visie-en-kernwaarden'),
          ' en het fundament onder de andere zeven bouwstenen van ',
          link('de Verbeteragenda', '/paginas/verbeteragenda'),
          '.',
        ],
        'Het contract met de gecertificeerde instellingen moet de kernwaarden in de praktijk mogelijk maken.',
        'Preventieve jeugdbescherming op vrijwillige basis gaat voor; samen voorkomen de partners uithuisplaatsing waar dat kan.',
      ),
      callout({
        variant: 'info',
        title: 'Waar dit vandaan komt',
        text: 'De visie staat in het visiedocument "Gelderse kinderen, goed beschermd". Deze pagina vat het samen in eigen woorden; het document zelf is leidend.',
      }),
    ),
    sources: [
      source(
        'gvjb-voortgang-2021',
        'Visietekst en adagium; vastgesteld door veiligheidsorganisaties en jeugdhulpregio’s',
      ),
      source('gvjb-website', 'Vier kernwaarden van Veilig Thuis, jeugdbescherming en de Raad'),
      source('voorbeeld', 'Uitwerking bij de kernwaarden 1, 2 en 4'),
    ],
    ...review(ctx.now, {
      reviewedDaysAgo: 60,
      notes: [
        [60, 'Kernwaarden in de vier formuleringen van de gezamenlijke visie gezet.'],
        [420, 'Samenvatting van de visie op het portaal geplaatst.'],
      ],
    }),
    isExample: false,
    _status: 'published' as const,
  }
}
