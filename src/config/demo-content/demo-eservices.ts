// The demo's e-services. Elib and Viddla are real (FACTS.md: the county's shared Elib site with 2 e-books a week and
// 4-week loans; Viddla for Härjedalen's card holders, 10 films a month, 48 hours each). The rest are made up to show
// the page's range — every one carries `demo: true` and an example.org address, so nobody follows them to a real service.
import type { EServiceItem } from '../../core/content.ts';
import type { SeedItem } from './demo-content.ts';

const published = { library: null, status: 'published', publishAt: null, unpublishAt: null, image: null } as const;

export function demoEServices(): SeedItem<EServiceItem>[] {
  return [
    {
      ...published, id: 'e-elib', name: 'Elib', categories: ['ebooks'], url: 'https://jamtlandharjedalen.elib.se',
      forLibraries: [], access: 'remote',
      description: {
        sv: 'Länets bibliotek har en gemensam webbplats för e-böcker hos Elib. Där lånar du e-böcker med ditt lånekort och din PIN-kod.',
        en: 'The county’s libraries share one e-book site at Elib. Borrow e-books there with your library card and PIN.',
      },
      terms: { sv: '2 e-böcker per vecka. Lånetiden är 4 veckor.', en: '2 e-books a week. Loans last 4 weeks.' },
    },
    {
      ...published, id: 'e-viddla', name: 'Viddla', categories: ['film'], url: 'https://www.viddla.se',
      forLibraries: ['harjedalen'], access: 'remote',
      description: {
        sv: 'Se film på nätet med Viddla. Tjänsten ingår för dig som har lånekort i Härjedalens bibliotek.',
        en: 'Watch films online with Viddla. It comes with a library card from Härjedalen’s library.',
      },
      terms: { sv: '10 filmer per månad. Varje film kan ses i 48 timmar.', en: '10 films a month. Each film can be watched for 48 hours.' },
    },
    {
      ...published, id: 'e-demo-tidningsarkivet', demo: true, name: 'Tidningsarkivet', categories: ['newspapers'],
      url: 'https://example.org/tidningsarkivet', forLibraries: [], access: 'on-site',
      description: {
        sv: 'Svenska dagstidningar, nya och gamla nummer, att läsa och söka i på bibliotekets datorer.',
        en: 'Swedish daily newspapers, new and old issues, to read and search on the library’s computers.',
      },
      terms: { sv: 'Fritt på biblioteket.', en: 'Free at the library.' },
    },
    {
      ...published, id: 'e-demo-sprakkursen', demo: true, name: 'Språkkursen', categories: ['languages'],
      url: 'https://example.org/sprakkursen', forLibraries: ['ostersund', 'krokom'], access: 'remote',
      description: {
        sv: 'Lär dig ett nytt språk i din egen takt, med övningar för nybörjare och för dig som vill fräscha upp dina kunskaper.',
        en: 'Learn a new language at your own pace, with exercises for beginners and for those brushing up.',
      },
      terms: null,
    },
    {
      ...published, id: 'e-demo-faktabanken', demo: true, name: 'Faktabanken', categories: ['databases', 'other'],
      url: 'https://example.org/faktabanken', forLibraries: [], access: 'remote',
      description: {
        sv: 'Uppslagsverk och faktaartiklar för skolarbete och nyfikenhet.',
        en: 'Encyclopaedia and fact articles for schoolwork and curiosity.',
      },
      terms: null,
    },
  ];
}
