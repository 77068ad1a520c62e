// Swedish stemming for the search index: Snowball "swedish" (the stemmer of PostgreSQL's swedish config),
// plus the umlaut plurals Snowball cannot see, so "böckerna" finds "bok".
import snowball from 'snowball-stemmers';

const snowballSwedish = snowball.newStemmer('swedish');

/**
 * Snowball stems of umlaut plurals mapped to the stem of their singular. Only stems with no other
 * common meaning are listed: "händ" (hända), "städ" (städa), "tänd" (tända) and "män"/"man" are left out
 * on purpose, because merging them would mix unrelated words.
 */
const UMLAUT_PLURALS: ReadonlyMap<string, string> = new Map([
  ['böck', 'bok'], // böcker, böckerna
  ['bönd', 'bond'], // bönder
  ['länd', 'land'], // länder
  ['fött', 'fot'], // fötter
  ['möss', 'mus'], // möss, mössen
  ['gäss', 'gås'], // gäss
  ['mödr', 'mor'], // mödrar
  ['döttr', 'dott'], // döttrar (dotter stems to "dott")
  ['ledamöt', 'ledamot'], // ledamöter
  ['stränd', 'strand'], // stränder
  ['sön', 'son'], // söner
]);

const CACHE_LIMIT = 50_000;
// Word frequencies follow Zipf's law, so a small cache saves most stemmer calls while indexing.
const cache = new Map<string, string>();

/** The stem of one lower-case word (as split by search-text.ts `words`). */
export function stemSwedish(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const snowballStem = snowballSwedish.stem(word);
  const stem = UMLAUT_PLURALS.get(snowballStem) ?? snowballStem;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}
