// Format detection: leader/06-07, 007, 008 form of item, RDA 336/337/338, 245 $h GMD and Swedish/English words.
//
// How a record gets its formats (first matching row of BY_RECORD_TYPE, then the word rules):
// | leader | condition                                   | formats                                     |
// |--------|---------------------------------------------|---------------------------------------------|
// | /07 a b| component part                               | article                                     |
// | /07 s i| serial, integrating resource                 | periodical                                  |
// | a t    | online/electronic                            | ebook                                       |
// | a t    | large print (008/23 d, "storstil")           | large-print (instead of book)               |
// | a t    | easy-read ("lättläst", "selkokirja")         | easy-read (instead of book; with large-print if both) |
// | a t    | talking-book words ("talbok", DAISY)         | talking-book                                |
// | a t    | otherwise (print, also microform and braille: | book                                        |
// |        | the extent names the carrier; the text is one |                                             |
// |        | creation with the print, and groups with it)  |                                             |
// | i      | talking-book words                           | talking-book (even when streamed)           |
// | i      | online                                       | eaudiobook, else audiobook                  |
// | j      |                                              | music                                       |
// | c d    |                                              | score                                       |
// | g      | 007 v, 008/33 v m, 33x moving image          | video, else other (slides, filmstrips)      |
// | m      | 008/26 g, or computer program + game words   | game, else ebook when online text, else other |
// | r      | 008/33 g                                     | boardgame, else other                       |
// | e f    |                                              | map                                         |
// | o p    |                                              | kit                                         |
// | other  | 336 content type decides (txt → book, …)     | other when nothing says                     |
import type { Format } from '../core/types.ts';
import { controlField, dataFields, isControlField, subfields } from '../marc/marc-record.ts';
import type { ControlField, MarcRecord } from '../marc/marc-record.ts';

interface Facts {
  readonly type: string;
  readonly level: string;
  readonly f008: string;
  readonly formOfItem: string;
  readonly physical007: readonly string[];
  readonly content: ReadonlySet<string>;
  readonly media: ReadonlySet<string>;
  readonly carriers: ReadonlySet<string>;
  readonly online: boolean;
  /** Lower-cased GMD (245 $h), edition (250), notes (500, 538), extent (300) and genres (655). */
  readonly words: string;
}

const LARGE_PRINT = /storstil|stor stil|large print|large type|isotekstinen|grossdruck/;
const EASY_READ = /lättläst|lätt att läsa|selkokirja|selkokiel|easy to read|easy-to-read/;
const TALKING_BOOK = /talbok|talböcker|daisy/;
const ELECTRONIC = /elektronisk resurs|electronic resource|elektroninen aineisto|e-bok|e-book|e-ljudbok|e-äänikirja/;
const MOVING_IMAGE = /videoupptagning|videorecording|videotallenne|motion picture|dvd-video|blu-ray/;
const GAME = /spel\b|game|pelit?\b|playstation|xbox|nintendo|ps[45]\b/;

const VISUAL_OR_MAP = new Set(['e', 'f', 'g', 'k', 'o', 'r']);
/** 008/23 (books, music, serials, computer files, mixed) or 008/29 (maps, visual materials). */
function formOfItem(type: string, f008: string): string {
  return f008.charAt(VISUAL_OR_MAP.has(type) ? 29 : 23);
}
const MOTION_PICTURE = new Set(['v', 'm']);

function codes(marc: MarcRecord, tag: string, terms: Readonly<Record<string, string>>): Set<string> {
  const out = new Set<string>();
  for (const field of dataFields(marc, tag)) {
    for (const code of subfields(field, 'b')) out.add(code.trim().toLowerCase());
    for (const term of subfields(field, 'a')) {
      const mapped = terms[term.trim().toLowerCase()];
      if (mapped) out.add(mapped);
    }
  }
  return out;
}

/** RDA terms in English, Swedish and Finnish, for 33x fields that give $a without the $b code. */
const CONTENT_TERMS = { text: 'txt', 'spoken word': 'spw', 'tal': 'spw', 'performed music': 'prm', 'notated music': 'ntm',
  'two-dimensional moving image': 'tdi', 'tvådimensionell rörlig bild': 'tdi', 'computer program': 'cop',
  'datorprogram': 'cop', 'cartographic image': 'cri', 'kartografisk bild': 'cri' };
const MEDIA_TERMS = { computer: 'c', dator: 'c', audio: 's', ljud: 's', video: 'v' };
const CARRIER_TERMS = { 'online resource': 'cr', onlineresurs: 'cr', verkkoaineisto: 'cr', volume: 'nc', volym: 'nc' };

function collectFacts(marc: MarcRecord): Facts {
  const leader = marc.leader.padEnd(24, ' ');
  const type = leader.charAt(6);
  const f008 = controlField(marc, '008') ?? '';
  const physical007 = marc.fields.filter((f): f is ControlField => f.tag === '007' && isControlField(f)).map((f) => f.value);
  const carriers = codes(marc, '338', CARRIER_TERMS);
  const wordParts: string[] = [];
  for (const field of dataFields(marc, '245')) wordParts.push(...subfields(field, 'h'));
  for (const field of dataFields(marc, '250', '500', '538', '300', '655')) wordParts.push(...subfields(field, 'a'));
  const words = wordParts.join(' | ').toLowerCase();
  const form = formOfItem(type, f008);
  // 007 "cr" and 856 links are also added to print records for a digitized copy (the Library of Congress
  // does): they make the record online only when it describes no physical carrier or dimensions (300 $c).
  const physical = physical007.some((v) => !v.startsWith('c')) || [...carriers].some((c) => c !== 'cr') ||
    dataFields(marc, '300').some((f) => subfields(f, 'c').length > 0);
  const resourceLink = dataFields(marc, '856').some((f) => f.ind2 === '0' && subfields(f, 'u').some((u) => /^https?:/i.test(u.trim())));
  const online = carriers.has('cr') || form === 'o' || form === 's' || ELECTRONIC.test(words) ||
    ((physical007.some((v) => v.startsWith('cr')) || resourceLink) && !physical);
  return {
    type, level: leader.charAt(7), f008, formOfItem: form, physical007, online, words,
    content: codes(marc, '336', CONTENT_TERMS), media: codes(marc, '337', MEDIA_TERMS), carriers,
  };
}

function textFormats(f: Facts): Format[] {
  if (TALKING_BOOK.test(f.words)) return ['talking-book'];
  if (f.online) return ['ebook'];
  const out: Format[] = [];
  if (f.formOfItem === 'd' || LARGE_PRINT.test(f.words)) out.push('large-print');
  if (EASY_READ.test(f.words)) out.push('easy-read');
  return out.length > 0 ? out : ['book'];
}

function isVideo(f: Facts): boolean {
  return f.physical007.some((v) => v.startsWith('v') || v.startsWith('m')) || MOTION_PICTURE.has(f.f008.charAt(33)) ||
    f.content.has('tdi') || f.content.has('tdm') || f.media.has('v') || MOVING_IMAGE.test(f.words);
}

function isGame(f: Facts): boolean {
  return f.f008.charAt(26) === 'g' || (f.content.has('cop') && GAME.test(f.words));
}

const BY_RECORD_TYPE: Readonly<Record<string, (f: Facts) => Format[]>> = {
  a: textFormats,
  t: textFormats,
  i: (f) => (TALKING_BOOK.test(f.words) ? ['talking-book'] : f.online ? ['eaudiobook'] : ['audiobook']),
  j: () => ['music'],
  c: () => ['score'],
  d: () => ['score'],
  g: (f) => (isVideo(f) ? ['video'] : ['other']),
  m: (f) => (isGame(f) ? ['game'] : f.online && f.content.has('txt') ? ['ebook'] : ['other']),
  r: (f) => (f.f008.charAt(33) === 'g' ? ['boardgame'] : ['other']),
  e: () => ['map'],
  f: () => ['map'],
  o: () => ['kit'],
  p: () => ['kit'],
  k: () => ['other'],
};

/** When leader/06 is missing or unknown, the RDA content type (336) decides. */
function byContentType(f: Facts): Format[] {
  if (f.content.has('txt')) return textFormats(f);
  if (f.content.has('spw')) return BY_RECORD_TYPE.i(f);
  if (f.content.has('prm')) return ['music'];
  if (f.content.has('ntm')) return ['score'];
  if (f.content.has('tdi')) return ['video'];
  if (f.content.has('cri')) return ['map'];
  return ['other'];
}

/** The formats of a record, one or more, in the order of FORMATS' meaning (never empty). */
export function detectFormats(marc: MarcRecord): Format[] {
  const facts = collectFacts(marc);
  if (facts.level === 'a' || facts.level === 'b') return ['article'];
  if (facts.level === 's' || facts.level === 'i') return ['periodical'];
  const rule = BY_RECORD_TYPE[facts.type];
  return rule ? rule(facts) : byContentType(facts);
}
