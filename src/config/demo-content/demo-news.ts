// The demo's news: made up (pages label them demo), published over the past six weeks relative to `today`, from the
// county and from several members. Facts they mention come from FACTS.md (Elib's terms, Viddla in Härjedalen).
import type { LocalizedText, NewsItem } from '../../core/content.ts';
import { addDays, stockholmIso } from '../../core/opening-hours/stockholm-time.ts';
import type { SeedItem } from './demo-content.ts';

interface DemoNews {
  readonly id: string;
  readonly library: string | null;
  readonly daysAgo: number;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly body: LocalizedText;
}

const NEWS: readonly DemoNews[] = [
  {
    id: 'n-demo-gemensam-katalog', library: null, daysAgo: 2,
    title: { sv: 'Sök i alla länets bibliotek på en gång', en: 'Search every library in the county at once' },
    summary: { sv: 'Den gemensamma katalogen visar vad som finns i länets bibliotek och var ett exemplar står på hyllan just nu.', en: 'The shared catalogue shows what the county’s libraries hold and where a copy is on the shelf right now.' },
    body: { sv: 'Sökningen går över alla medlemsbibliotek, och för varje titel ser du vilka bibliotek som har den.\n\n# Så gör du\n\n1. Skriv en titel, en författare eller ett ämne.\n2. Välj bibliotek i filtren om du vill.\n3. Öppna titeln för att se var den finns.', en: 'The search covers every member library, and for each title you see which libraries have it.\n\n# How to\n\n1. Type a title, an author or a subject.\n2. Choose libraries in the filters if you like.\n3. Open the title to see where it is.' },
  },
  {
    id: 'n-demo-e-bocker', library: null, daysAgo: 6,
    title: { sv: 'Låna e-böcker med ditt lånekort', en: 'Borrow e-books with your library card' },
    summary: { sv: 'Länets bibliotek har en gemensam e-bokstjänst: två e-böcker i veckan, fyra veckors lånetid.', en: 'The county’s libraries share one e-book service: two e-books a week, four-week loans.' },
    body: { sv: 'Du loggar in med lånekort och PIN-kod. Tjänsten finns under E-tjänster.', en: 'Log in with your library card and PIN. You find the service under E-services.' },
  },
  {
    id: 'n-demo-bradspel-ostersund', library: 'ostersund', daysAgo: 9,
    title: { sv: 'Brädspel att låna hem', en: 'Board games to borrow' },
    summary: { sv: 'Stadsbiblioteket har fått en hylla med brädspel för både barn och vuxna.', en: 'The city library now has a shelf of board games for children and adults.' },
    body: { sv: 'Spelen lånas som böcker, i fyra veckor. Sök på *brädspel* i katalogen för att se vilka som finns.', en: 'Games are borrowed like books, for four weeks. Search for *board games* in the catalogue to see what there is.' },
  },
  {
    id: 'n-demo-lasombud-krokom', library: 'krokom', daysAgo: 14,
    title: { sv: 'Bli läsombud i Krokoms kommun', en: 'Become a reading agent in Krokom' },
    summary: { sv: 'Biblioteket söker frivilliga som hämtar och lämnar böcker åt den som inte själv kan ta sig till biblioteket.', en: 'The library is looking for volunteers who collect and return books for people who cannot get to the library.' },
    body: { sv: 'Som läsombud får du en kort introduktion och ett eget kontaktkort på biblioteket. Hör av dig i lånedisken.', en: 'Reading agents get a short introduction and a contact person at the library. Ask at the loans desk.' },
  },
  {
    id: 'n-demo-viddla-harjedalen', library: 'harjedalen', daysAgo: 19,
    title: { sv: 'Strömma film med lånekortet', en: 'Stream films with your library card' },
    summary: { sv: 'Med lånekort i Härjedalen kan du se tio filmer i månaden via Viddla.', en: 'With a Härjedalen library card you can watch ten films a month through Viddla.' },
    body: { sv: 'Varje film går att se i 48 timmar. Logga in med lånekort och PIN-kod.', en: 'Each film can be watched for 48 hours. Log in with your library card and PIN.' },
  },
  {
    id: 'n-demo-fjarrlan-ragunda-bracke', library: 'ragunda', daysAgo: 25,
    title: { sv: 'Böcker från grannkommunen', en: 'Books from the neighbouring municipality' },
    summary: { sv: 'Finns boken inte i Ragunda kan du beställa den från ett annat bibliotek i länet.', en: 'If Ragunda does not have the book, you can request it from another library in the county.' },
    body: { sv: 'Beställ på titelns sida i katalogen och välj var du vill hämta boken. Vi meddelar dig när den har kommit.', en: 'Request it on the title’s page in the catalogue and choose where to collect it. We tell you when it has arrived.' },
  },
  {
    id: 'n-demo-tyst-lasplats-are', library: 'are', daysAgo: 33,
    title: { sv: 'Fler studieplatser i Åre bibliotek', en: 'More study places at Åre library' },
    summary: { sv: 'Biblioteket har möblerat om för att ge plats åt fler som vill studera eller arbeta i lugn och ro.', en: 'The library has been rearranged to make room for more people who want to study or work in peace.' },
    body: { sv: 'Studieplatserna har eluttag och nås utan att du behöver boka.', en: 'The study places have power sockets and need no booking.' },
  },
  {
    id: 'n-demo-fortbildning-regionbiblioteket', library: 'regionbiblioteket', daysAgo: 40,
    title: { sv: 'Fortbildning för bibliotekens personal', en: 'Training for library staff' },
    summary: { sv: 'Regionbiblioteket ordnar en serie korta utbildningar om digital delaktighet för länets bibliotekspersonal.', en: 'The regional library runs a series of short courses on digital inclusion for the county’s library staff.' },
    body: { sv: 'Utbildningarna ges digitalt och kan ses i efterhand.', en: 'The courses are online and can be watched afterwards.' },
  },
];

/** The demo news as of `today`; published at 08:30 Stockholm time on their day. */
export function demoNews(today: string): SeedItem<NewsItem>[] {
  return NEWS.map((n) => ({
    id: n.id, library: n.library, status: 'published', unpublishAt: null, demo: true,
    publishAt: new Date(stockholmIso(addDays(today, -n.daysAgo), 8 * 60 + 30)).toISOString(),
    title: n.title, summary: n.summary, body: n.body, image: null,
  }));
}
