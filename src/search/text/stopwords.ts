/**
 * Dutch function words. Dropped from documents and queries alike, so a full question ("hoe
 * beëindig ik een OTS?") is reduced to the words that carry meaning. Kept short on purpose: a word
 * that is also an abbreviation in this field (e.g. "gi", "vt", "lt") must never be in here.
 */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set([
  'aan', 'al', 'alle', 'alles', 'als', 'altijd', 'andere', 'ben', 'bij', 'daar', 'dan', 'dat', 'de', 'der', 'deze',
  'die', 'dit', 'doch', 'doe', 'doen', 'door', 'dus', 'een', 'eens', 'en', 'er', 'ge', 'geen', 'geweest', 'had',
  'heb', 'hebben', 'heeft', 'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'iemand', 'iets', 'ik', 'in', 'is', 'ja',
  'je', 'jij', 'jou', 'jouw', 'jullie', 'kan', 'kun', 'kunnen', 'kunt', 'maar', 'me', 'meer', 'men', 'met', 'mij',
  'mijn', 'moet', 'moeten', 'na', 'naar', 'niet', 'niets', 'nog', 'nu', 'of', 'om', 'omdat', 'onder', 'ons', 'onze',
  'ook', 'op', 'over', 'reeds', 'te', 'tegen', 'toch', 'toen', 'tot', 'u', 'uit', 'uw', 'van', 'veel', 'voor',
  'waar', 'wanneer', 'want', 'waren', 'was', 'wat', 'we', 'wel', 'welk', 'welke', 'werd', 'wie', 'wij', 'wil',
  'wordt', 'worden', 'zal', 'ze', 'zelf', 'zich', 'zij', 'zijn', 'zo', 'zonder', 'zou', 'zouden',
])
