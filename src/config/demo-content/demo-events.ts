// The demo's events: made up, spread over the coming five weeks across the nine members, dated relative to `today`
// so the demo is always current. Weekly storytimes, a language café and a digital café, a monthly book circle, one
// cancelled date of a series, one cancelled event, one with sign-up, one exhibition over days. All `demo: true`.
import type { EventAudience, EventItem, EventType, LocalizedText, Recurrence } from '../../core/content.ts';
import { WEEKDAYS, type Weekday } from '../../core/opening-hours/opening-hours.types.ts';
import { addDays, weekdayOf } from '../../core/opening-hours/stockholm-time.ts';
import type { SeedItem } from './demo-content.ts';

interface DemoEvent {
  readonly id: string;
  readonly library: string;
  readonly branch: string | null;
  readonly place?: LocalizedText;
  readonly date: string;
  readonly from: string;
  readonly to: string;
  /** Days the event lasts beyond its first day (an exhibition). */
  readonly days?: number;
  readonly audiences: readonly EventAudience[];
  readonly type: EventType;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly body: LocalizedText;
  readonly recurrence?: Recurrence;
  readonly registrationUrl?: string;
  readonly capacity?: number;
  readonly cancelled?: boolean;
}

const weekly = (interval: number, count: number, except: readonly string[] = []): Recurrence =>
  ({ frequency: 'weekly', interval, until: null, count, except });

/** The first `weekday` on or after `today` + `after` days. */
function next(today: string, weekday: Weekday, after = 0): string {
  const start = addDays(today, after);
  return addDays(start, (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(start)) + 7) % 7);
}

/** The first second `weekday` of a month on or after `today` (days 8–14), so a monthly rule reads "the 2nd Tuesday". */
function nextSecond(today: string, weekday: Weekday): string {
  let date = next(today, weekday);
  while (Number(date.slice(8)) < 8 || Number(date.slice(8)) > 14) date = addDays(date, 7);
  return date;
}

function demoEventList(today: string): DemoEvent[] {
  const storytime = next(today, 'wed', 1);
  return [
    {
      id: 'e-demo-sagostund-stadsbiblioteket', library: 'ostersund', branch: 'ostersund-stadsbiblioteket', place: { sv: 'Sagorummet', en: 'The story room' },
      date: storytime, from: '10:00', to: '10:30', audiences: ['children'], type: 'storytime', recurrence: weekly(1, 10, [addDays(storytime, 14)]),
      title: { sv: 'Sagostund för de yngsta', en: 'Storytime for the youngest' },
      summary: { sv: 'Vi läser bilderböcker och sjunger tillsammans. För barn 2–5 år med vuxen.', en: 'We read picture books and sing together. For children aged 2–5 with an adult.' },
      body: { sv: 'Sagostunden är gratis och du behöver inte anmäla dig – kom som ni är.\n\nBarnvagnar kan ställas i entrén.', en: 'Storytime is free and there is no need to sign up – just come along.\n\nPrams can be left in the entrance.' },
    },
    {
      id: 'e-demo-sprakcafe-krokom', library: 'krokom', branch: 'krokom-krokom', date: next(today, 'thu'), from: '17:00', to: '18:30',
      audiences: ['adults', 'youth'], type: 'other', recurrence: weekly(1, 8),
      title: { sv: 'Språkcafé', en: 'Language café' },
      summary: { sv: 'Öva svenska i lugn takt över en kopp kaffe, tillsammans med frivilliga samtalsledare.', en: 'Practise Swedish at an easy pace over a cup of coffee, with volunteer conversation hosts.' },
      body: { sv: 'Alla nivåer är välkomna, från nybörjare till dig som vill finslipa språket.\n\n- Fika finns\n- Ingen anmälan', en: 'All levels are welcome, from beginners to those polishing their Swedish.\n\n- Coffee and buns\n- No need to sign up' },
    },
    {
      id: 'e-demo-digitalt-cafe-stromsund', library: 'stromsund', branch: 'stromsund-stromsund', date: next(today, 'tue', 1), from: '13:00', to: '15:00',
      audiences: ['adults'], type: 'digital-help', recurrence: weekly(2, 4),
      title: { sv: 'Digitalt café', en: 'Digital café' },
      summary: { sv: 'Få hjälp med mobilen, surfplattan eller datorn – e-legitimation, appar och e-post.', en: 'Get help with your phone, tablet or computer – e-ID, apps and e-mail.' },
      body: { sv: 'Ta med din egen enhet och dina frågor. Bibliotekets personal och frivilliga hjälper dig i din egen takt.', en: 'Bring your own device and your questions. Library staff and volunteers help you at your own pace.' },
    },
    {
      id: 'e-demo-digitalt-cafe-hammerdal', library: 'stromsund', branch: 'stromsund-hammerdal', date: next(today, 'fri', 2), from: '10:00', to: '12:00',
      audiences: ['adults'], type: 'digital-help', recurrence: weekly(1, 5),
      title: { sv: 'Digitalt café i Hammerdal', en: 'Digital café in Hammerdal' },
      summary: { sv: 'Drop-in-hjälp med digitala tjänster, varje fredag förmiddag.', en: 'Drop-in help with digital services, every Friday morning.' },
      body: { sv: 'Vi visar hur du lånar e-böcker, använder BankID och hittar i kommunens e-tjänster.', en: 'We show how to borrow e-books, use BankID and find your way in the municipal e-services.' },
    },
    {
      id: 'e-demo-bokcirkel-are', library: 'are', branch: 'are-are', date: nextSecond(today, 'tue'), from: '18:00', to: '19:30',
      audiences: ['adults'], type: 'reading-group', capacity: 12, recurrence: { frequency: 'monthly', interval: 1, until: null, count: 6, except: [] },
      title: { sv: 'Bokcirkel i Åre', en: 'Book circle in Åre' },
      summary: { sv: 'Vi träffas den andra tisdagen varje månad och samtalar om en roman vi läst.', en: 'We meet on the second Tuesday of every month to talk about a novel we have read.' },
      body: { sv: 'Cirkeln har plats för tolv deltagare. Böckerna lånar du på biblioteket.\n\n# Så går det till\n\nVi väljer nästa bok tillsammans vid varje träff.', en: 'The circle has room for twelve. Borrow the books at the library.\n\n# How it works\n\nWe choose the next book together at each meeting.' },
    },
    {
      id: 'e-demo-forfattarsamtal-sveg', library: 'harjedalen', branch: 'harjedalen-sveg', date: addDays(today, 9), from: '18:30', to: '20:00',
      audiences: ['adults'], type: 'author-talk', registrationUrl: 'https://example.org/demo/anmalan/forfattarsamtal', capacity: 40,
      title: { sv: 'Författarsamtal: att skriva om fjällen', en: 'Author talk: writing about the mountains' },
      summary: { sv: 'En kväll om att skriva skönlitteratur med fjällvärlden som miljö. Anmälan krävs.', en: 'An evening about writing fiction set in the mountains. Sign-up required.' },
      body: { sv: 'Samtalet leds av bibliotekets personal och följs av frågor från publiken. Kaffe serveras från 18.00.', en: 'The talk is hosted by library staff and followed by questions from the audience. Coffee from 18:00.' },
    },
    {
      id: 'e-demo-utstallning-bracke', library: 'bracke', branch: 'bracke-bracke', date: addDays(today, 3), days: 18, from: '10:00', to: '16:00',
      audiences: ['all'], type: 'exhibition',
      title: { sv: 'Utställning: Bräckebygden i bilder', en: 'Exhibition: the Bräcke area in pictures' },
      summary: { sv: 'Fotografier från bygden, gamla och nya, under bibliotekets öppettider.', en: 'Photographs of the area, old and new, during the library’s opening hours.' },
      body: { sv: 'Utställningen visas i bibliotekets läsesal. Fri entré.', en: 'The exhibition is shown in the library’s reading room. Free admission.' },
    },
    {
      id: 'e-demo-pyssel-svenstavik', library: 'berg', branch: 'berg-svenstavik', date: next(today, 'sat', 4), from: '11:00', to: '13:00',
      audiences: ['children'], type: 'workshop',
      title: { sv: 'Pyssel och bokmärken', en: 'Crafts and bookmarks' },
      summary: { sv: 'Gör ditt eget bokmärke och pyssla med papper och färg. För barn 6–10 år.', en: 'Make your own bookmark and craft with paper and paint. For children aged 6–10.' },
      body: { sv: 'Allt material finns på plats. Barn under 8 år kommer i sällskap av en vuxen.', en: 'All materials are provided. Children under 8 come with an adult.' },
    },
    {
      id: 'e-demo-filmkvall-hammarstrand', library: 'ragunda', branch: 'ragunda-hammarstrand', date: next(today, 'fri', 6), from: '18:00', to: '20:30',
      audiences: ['youth'], type: 'film',
      title: { sv: 'Filmkväll för unga', en: 'Film night for young people' },
      summary: { sv: 'Vi visar en film som ni röstat fram, med popcorn. För dig 13–19 år.', en: 'We show a film you voted for, with popcorn. For ages 13–19.' },
      body: { sv: 'Rösta på filmen i lånedisken fram till dagen före.', en: 'Vote for the film at the loans desk until the day before.' },
    },
    {
      id: 'e-demo-slaktforskning-regionbiblioteket', library: 'regionbiblioteket', branch: 'regionbiblioteket', date: addDays(today, 12), from: '14:00', to: '16:00',
      audiences: ['adults'], type: 'course', capacity: 15,
      title: { sv: 'Kom igång med släktforskning', en: 'Getting started with family history' },
      summary: { sv: 'En introduktion till databaser och källor för den som vill börja släktforska.', en: 'An introduction to databases and sources for beginners in family history.' },
      body: { sv: 'Kursen har femton platser. Ta gärna med egen dator.', en: 'The course has fifteen places. Feel free to bring your own laptop.' },
    },
    {
      id: 'e-demo-musikstund-follinge', library: 'krokom', branch: 'krokom-follinge', date: addDays(today, 6), from: '10:00', to: '10:45',
      audiences: ['children'], type: 'music', cancelled: true,
      title: { sv: 'Musikstund för de minsta', en: 'Music time for toddlers' },
      summary: { sv: 'Rim, ramsor och sång för barn 0–3 år. Tyvärr inställt.', en: 'Rhymes and songs for children aged 0–3. Unfortunately cancelled.' },
      body: { sv: 'Musikstunden är inställd. Vi återkommer med ett nytt datum.', en: 'Music time is cancelled. We will come back with a new date.' },
    },
    {
      id: 'e-demo-spelkvall-torvalla', library: 'ostersund', branch: 'ostersund-torvalla', date: next(today, 'thu', 3), from: '16:00', to: '19:00',
      audiences: ['youth'], type: 'other', recurrence: weekly(2, 3),
      title: { sv: 'Spelkväll', en: 'Games night' },
      summary: { sv: 'Brädspel och konsolspel på biblioteket. Ingen anmälan.', en: 'Board games and console games at the library. No sign-up.' },
      body: { sv: 'Ta med kompisar eller kom ensam – vi hjälper dig hitta ett spel.', en: 'Bring friends or come alone – we will help you find a game.' },
    },
    {
      id: 'e-demo-legoverkstad-brunflo', library: 'ostersund', branch: 'ostersund-brunflo', date: next(today, 'sat', 8), from: '11:00', to: '13:00',
      audiences: ['children'], type: 'workshop',
      title: { sv: 'Legoverkstad', en: 'Lego workshop' },
      summary: { sv: 'Bygg fritt eller efter tema. För barn 5–12 år.', en: 'Build freely or to a theme. For children aged 5–12.' },
      body: { sv: 'Byggena ställs ut i biblioteket veckan efter.', en: 'The builds are shown in the library the week after.' },
    },
    {
      id: 'e-demo-berattarkvall-hede', library: 'harjedalen', branch: 'harjedalen-hede', date: addDays(today, 16), from: '19:00', to: '20:30',
      audiences: ['adults'], type: 'other',
      title: { sv: 'Berättarkväll', en: 'Storytelling evening' },
      summary: { sv: 'Berättelser från byarna, berättade av bygdens folk.', en: 'Stories from the villages, told by local people.' },
      body: { sv: 'Vill du själv berätta? Hör av dig till biblioteket.', en: 'Would you like to tell a story? Get in touch with the library.' },
    },
    {
      id: 'e-demo-sagostund-funasdalen', library: 'harjedalen', branch: 'harjedalen-funasdalen', date: next(today, 'mon', 2), from: '09:30', to: '10:00',
      audiences: ['children'], type: 'storytime', recurrence: weekly(1, 5),
      title: { sv: 'Sagostund på svenska och sydsamiska', en: 'Storytime in Swedish and South Sámi' },
      summary: { sv: 'Korta sagor och sånger på två språk. För barn 3–6 år.', en: 'Short stories and songs in two languages. For children aged 3–6.' },
      body: { sv: 'Alla är välkomna, oavsett om ni talar sydsamiska hemma eller inte.', en: 'Everyone is welcome, whether or not you speak South Sámi at home.' },
    },
    {
      id: 'e-demo-skrivarverkstad-jarpen', library: 'are', branch: 'are-jarpen', date: next(today, 'wed', 10), from: '15:30', to: '17:00',
      audiences: ['youth'], type: 'workshop', registrationUrl: 'https://example.org/demo/anmalan/skrivarverkstad',
      title: { sv: 'Skrivarverkstad för unga', en: 'Writing workshop for young people' },
      summary: { sv: 'Skriv noveller, dikter eller serier tillsammans med andra. För dig 12–18 år.', en: 'Write stories, poems or comics with others. For ages 12–18.' },
      body: { sv: 'Verkstaden träffas en gång. Anmäl dig via länken.', en: 'The workshop meets once. Sign up through the link.' },
    },
    {
      id: 'e-demo-hoglasning-lit', library: 'ostersund', branch: 'ostersund-lit', date: next(today, 'tue', 5), from: '14:00', to: '15:00',
      audiences: ['adults'], type: 'other',
      title: { sv: 'Högläsning med fika', en: 'Reading aloud, with coffee' },
      summary: { sv: 'Luta dig tillbaka och lyssna på noveller, lästa av bibliotekarien.', en: 'Sit back and listen to short stories read by the librarian.' },
      body: { sv: 'Lokalen är tillgänglig med rullstol och har hörslinga.', en: 'The room is wheelchair accessible and has a hearing loop.' },
    },
    {
      id: 'e-demo-bokbyte-kalarne', library: 'bracke', branch: 'bracke-kalarne', date: next(today, 'sat', 15), from: '10:00', to: '13:00',
      audiences: ['all'], type: 'other',
      title: { sv: 'Bokbytardag', en: 'Book swap day' },
      summary: { sv: 'Ta med böcker du läst ut och byt mot nya. Öppet för alla.', en: 'Bring books you have finished and swap them for new ones. Open to all.' },
      body: { sv: 'Böcker som blir över skänks till bokbytarhyllan.', en: 'Books left over go to the swap shelf.' },
    },
    {
      id: 'e-demo-lunchmusik-stadsbiblioteket', library: 'ostersund', branch: 'ostersund-stadsbiblioteket', date: next(today, 'fri', 11), from: '12:15', to: '12:45',
      audiences: ['all'], type: 'music',
      title: { sv: 'Lunchmusik i biblioteket', en: 'Lunchtime music at the library' },
      summary: { sv: 'En halvtimme levande musik mitt på dagen, med elever från kulturskolan.', en: 'Half an hour of live music at midday, with students from the arts school.' },
      body: { sv: 'Fri entré. Sittplatser finns vid tidskrifterna.', en: 'Free admission. Seats by the magazines.' },
    },
    {
      id: 'e-demo-e-bocker-gallo', library: 'bracke', branch: 'bracke-gallo', date: addDays(today, 20), from: '13:00', to: '14:30',
      audiences: ['adults'], type: 'digital-help',
      title: { sv: 'Så lånar du e-böcker', en: 'How to borrow e-books' },
      summary: { sv: 'Vi visar hur du lånar e-böcker och e-ljudböcker med ditt lånekort.', en: 'We show how to borrow e-books and e-audiobooks with your library card.' },
      body: { sv: 'Ta med mobil eller surfplatta och ditt lånekort med PIN-kod.', en: 'Bring your phone or tablet and your library card with its PIN.' },
    },
  ];
}

export function demoEvents(today: string): SeedItem<EventItem>[] {
  return demoEventList(today).map((e) => ({
    id: e.id, library: e.library, status: 'published', publishAt: null, unpublishAt: null, demo: true,
    title: e.title, summary: e.summary, body: e.body,
    startsAt: `${e.date}T${e.from}`, endsAt: `${addDays(e.date, e.days ?? 0)}T${e.to}`,
    recurrence: e.recurrence ?? null, branch: e.branch, place: e.place ?? null, audiences: e.audiences, type: e.type,
    registrationUrl: e.registrationUrl ?? null, capacity: e.capacity ?? null, cancelled: e.cancelled ?? false, image: null,
  }));
}
