// The county pages every deployment has (SYSTEM_PAGES), with real text, not demo text: about the cooperation (facts
// from shared/data/jamtland/FACTS.md), the accessibility statement DOS-lagen (2018:1937) requires, what the site stores
// (privacy), and a short page in South Sámi. A coordinator edits them; a real deployment must add its own contacts.
//
// The South Sámi text keeps to short sentences built from attested words (gærjagåetie 'library', gærja 'book',
// gïele 'language', nuhtjedh 'use'); it should be reviewed by a native speaker before it is relied on.
import type { PageItem } from '../../core/content.ts';
import type { SeedItem } from './demo-content.ts';

const county = { library: null, status: 'published', publishAt: null, unpublishAt: null, language: null } as const;

/** The day the accessibility statement was written and last reviewed. */
const STATEMENT_DATE = { sv: '29 november 2026', en: '29 November 2026' };

export function demoPages(): SeedItem<PageItem>[] {
  return [
    { ...county, id: 'p-om', slug: 'om', title: { sv: 'Om samarbetet', en: 'About the cooperation' }, body: { sv: ABOUT_SV, en: ABOUT_EN } },
    { ...county, id: 'p-tillganglighet', slug: 'tillganglighet', title: { sv: 'Tillgänglighet', en: 'Accessibility' }, body: { sv: ACCESSIBILITY_SV, en: ACCESSIBILITY_EN } },
    { ...county, id: 'p-integritet', slug: 'integritet', title: { sv: 'Integritet och kakor', en: 'Privacy and cookies' }, body: { sv: PRIVACY_SV, en: PRIVACY_EN } },
    { ...county, id: 'p-aarjelsaemien', slug: 'aarjelsaemien', language: 'sma', title: { sv: 'Sydsamiska', en: 'South Sámi' }, body: { sv: SOUTH_SAMI } },
  ];
}

// Populations: SCB, 31 December 2024 (FACTS.md). No-break spaces (\u00a0) keep "64 979" and "48,9 %" on one line.
const ABOUT_SV = `Biblioteken i Jämtlands län är ett samarbete mellan folkbiblioteken i länets åtta kommuner – Berg, Bräcke, Härjedalen, Krokom, Ragunda, Strömsund, Åre och Östersund – och Regionbiblioteket. Den här webbplatsen är vår gemensamma webb: här söker du i alla bibliotekens samlingar på en gång och ser var det finns ett exemplar på hyllan just nu.

# Ett beslut från 2009

År 2009 beslutade folkbiblioteken i länet att samarbeta: en gemensam webb för alla bibliotek i länet, kopplad till varje kommuns eget bibliotekssystem; gemensamma e-tjänster som databaser och e-böcker; investeringar som delas efter folkmängd; utbildningspaket för personalen; en gemensam grafisk profil; och ett närmare samarbete kring medierna, så att färre böcker behöver fjärrlånas. Den här webbplatsen är det beslutet.

# Att låna

Det är gratis att låna böcker på biblioteket (bibliotekslagen 2013:801, 9 §). Lånetiden är oftast fyra veckor. Finns det du söker på ett annat bibliotek kan ditt bibliotek låna in det, från länet eller från resten av landet (16 §).

# Gemensamma e-tjänster

Biblioteken köper e-tjänster tillsammans. Alla som har lånekort i länet lånar e-böcker från samma Elib-webbplats. Vissa tjänster köper ett bibliotek för sina egna låntagare, till exempel filmtjänsten Viddla i Härjedalen. [Se alla e-tjänster](/e-tjanster).

# Kostnaderna delas efter folkmängd

Det som biblioteken betalar tillsammans fördelas mellan kommunerna efter hur många som bor i dem:

| Kommun | Invånare 2024 | Andel |
|---|---|---|
| Östersund | 64\u00a0979 | 48,9\u00a0% |
| Krokom | 15\u00a0680 | 11,8\u00a0% |
| Åre | 12\u00a0693 | 9,6\u00a0% |
| Strömsund | 11\u00a0023 | 8,3\u00a0% |
| Härjedalen | 10\u00a0175 | 7,7\u00a0% |
| Berg | 7\u00a0108 | 5,4\u00a0% |
| Bräcke | 6\u00a0035 | 4,5\u00a0% |
| Ragunda | 5\u00a0146 | 3,9\u00a0% |
| Länet | 132\u00a0839 | 100\u00a0% |

Källa: SCB, folkmängd den 31 december 2024.

# Kompetens och medier

Regionbiblioteket ska enligt bibliotekslagen (11 §) främja samverkan och utveckling mellan folkbiblioteken i länet, bland annat med utbildning för bibliotekens personal. Biblioteken samarbetar också om medier: 2022 fick Ragunda och Bräcke en gemensam bil för sin mediesamverkan. År 2018 delade de åtta kommunerna på 5\u00a0825\u00a0000 kronor i statsbidraget Stärkta bibliotek.

# Webbplatsen

Varje bibliotek har sitt eget bibliotekssystem. Webbplatsen hämtar katalogerna därifrån och frågar systemen direkt om ett exemplar är inne. Den bygger på Samverka, som är fri programvara.`;

const ABOUT_EN = `The Libraries of Jämtland County are a cooperation between the public libraries of the county's eight municipalities – Berg, Bräcke, Härjedalen, Krokom, Ragunda, Strömsund, Åre and Östersund – and the Regional Library. This website is our common web: search all the libraries' collections at once and see where a copy is on the shelf right now.

# A decision from 2009

In 2009 the county's public libraries decided to cooperate: one common web for all libraries in the county, linked to each municipality's own library system; shared e-services such as databases and e-books; investments split by population; training packages for staff; a shared graphic profile; and closer cooperation on media, so that fewer books need inter-library loans. This website is that decision.

# Borrowing

Borrowing books from the library is free (Swedish Libraries Act 2013:801, section 9). Loans usually last four weeks. If another library has what you are looking for, your library can borrow it for you, from the county or from elsewhere in Sweden (section 16).

# Shared e-services

The libraries buy e-services together. Everyone with a library card in the county borrows e-books from the same Elib site. Some services are bought by one library for its own card holders, such as the Viddla film service in Härjedalen. [See all e-services](/en/e-services).

# Costs are shared by population

What the libraries pay for together is divided between the municipalities by how many people live in them:

| Municipality | Population 2024 | Share |
|---|---|---|
| Östersund | 64,979 | 48.9% |
| Krokom | 15,680 | 11.8% |
| Åre | 12,693 | 9.6% |
| Strömsund | 11,023 | 8.3% |
| Härjedalen | 10,175 | 7.7% |
| Berg | 7,108 | 5.4% |
| Bräcke | 6,035 | 4.5% |
| Ragunda | 5,146 | 3.9% |
| County | 132,839 | 100% |

Source: Statistics Sweden (SCB), population on 31 December 2024.

# Skills and media

Under the Libraries Act (section 11) the Regional Library promotes cooperation and development among the county's public libraries, among other things by training library staff. The libraries also cooperate on media: in 2022 Ragunda and Bräcke got a shared car for their media cooperation. In 2018 the eight municipalities shared 5,825,000 kronor of the state grant Stärkta bibliotek ("Stronger libraries").

# This website

Each library runs its own library system. The website harvests the catalogues from them and asks the systems directly whether a copy is in. It is built on Samverka, which is free software.`;

const ACCESSIBILITY_SV = `Biblioteken i Jämtlands län står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service (2018:1937), vilka brister vi känner till och hur du kan rapportera problem till oss.

# Hur tillgänglig är webbplatsen?

Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Målet är att den ska uppfylla EN 301 549 och WCAG 2.1 på nivå AA.

# Hur vi testar

- Varje typ av sida (startsidan, sökresultat, verk, bibliotek, evenemang, nyheter, e-tjänster och de här sidorna) granskas automatiskt med verktyget axe-core i webbläsaren Chromium mot WCAG 2.1 nivå AA, varje gång programmet ändras.
- Vi testar att allt går att nå och använda med tangentbordet, och att fokus syns.
- Sidorna fungerar utan JavaScript och i mobilen.

Automatiska tester hittar bara en del av alla problem. Vi har inte gjort något test med användare av skärmläsare.

# Kända brister

- **Text och bilder som bibliotekens personal skriver.** Nyheter, evenemang och sidor granskas inte automatiskt innan de publiceras. Rubriker, länktexter och alternativtexter till bilder kan därför brista.
- **Dokument från andra.** PDF-filer och andra dokument som vi länkar till, till exempel från kommunerna, är ofta inte tillgängliga.
- **Titlar på andra språk.** Katalogposter kommer från bibliotekens system. Titlar på andra språk än svenska är inte märkta med sitt språk, så en skärmläsare kan uttala dem fel.
- **E-tjänster.** Elib, Viddla och andra e-tjänster är andra företags webbplatser och omfattas inte av den här redogörelsen.

# Om du behöver innehållet i en annan form

Kontakta ditt bibliotek, så hjälper vi dig att få informationen på ett sätt som fungerar för dig.

# Rapportera brister

Vi vill gärna veta om något inte fungerar. Använd formuläret nedan. Vi läser varje rapport.

# Tillsyn

Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du [kontakta Digg och anmäla det](https://www.digg.se/).

# Om redogörelsen

Redogörelsen skrevs och webbplatsen bedömdes senast den ${STATEMENT_DATE.sv}. Vi har själva gjort bedömningen.`;

const ACCESSIBILITY_EN = `The Libraries of Jämtland County are responsible for this website. We want as many people as possible to be able to use it. This statement describes how the website meets the Swedish Act on Accessibility to Digital Public Services (2018:1937), the problems we know of, and how to report problems to us.

# How accessible is the website?

The website partially complies with the Act on Accessibility to Digital Public Services, because of the problems described below. The goal is to meet EN 301 549 and WCAG 2.1 at level AA.

# How we test

- Every kind of page (home, search results, works, libraries, events, news, e-services and these pages) is checked automatically with the axe-core tool in the Chromium browser against WCAG 2.1 level AA, every time the software changes.
- We test that everything can be reached and used with the keyboard, and that focus is visible.
- The pages work without JavaScript and on phones.

Automatic tests find only some of all problems. We have not tested with screen reader users.

# Known problems

- **Text and images written by library staff.** News, events and pages are not checked automatically before they are published, so headings, link texts and alternative texts for images may fall short.
- **Documents from others.** PDF files and other documents we link to, for example from the municipalities, are often not accessible.
- **Titles in other languages.** Catalogue records come from the libraries' systems. Titles in languages other than Swedish are not marked with their language, so a screen reader may pronounce them wrongly.
- **E-services.** Elib, Viddla and other e-services are other companies' websites and are not covered by this statement.

# If you need the content in another form

Contact your library and we will help you get the information in a way that works for you.

# Report a problem

We want to know when something does not work. Use the form below. We read every report.

# Enforcement

The Agency for Digital Government (Digg) supervises the Act on Accessibility to Digital Public Services. If you are not satisfied with how we handle your report, you can [contact Digg and report it](https://www.digg.se/).

# About this statement

The statement was written, and the website last assessed, on ${STATEMENT_DATE.en}. We made the assessment ourselves.`;

const PRIVACY_SV = `Här beskriver vi vad webbplatsen sparar om dig, och vad den aldrig sparar.

# Dina lån sparas aldrig här

Vilka böcker en person lånar omfattas av sekretess (offentlighets- och sekretesslagen, 40 kap. 3 §). När du loggar in för att se dina lån och reservationer hämtas de direkt från ditt biblioteks system och visas för dig. Webbplatsen sparar dem inte.

Din PIN-kod skickas bara vidare till ditt biblioteks system för att kontrollera att det är du. Den sparas aldrig och skrivs aldrig i någon logg.

# Det här sparar webbplatsen

- **Bibliotekens kataloger:** uppgifter om böcker och andra medier, och vilka exemplar biblioteken har. Inga uppgifter om låntagare.
- **Det som personalen skriver:** nyheter, evenemang och sidor.
- **Konton för bibliotekens personal:** namn, e-postadress, roll och när kontot senast användes. Lösenord sparas bara som ett hashvärde. Ändringar som personalen gör loggas, så att det går att se vem som ändrat vad.
- **Rapporter om tillgänglighet:** det du skriver i formuläret, och dina kontaktuppgifter om du lämnar några.
- **Teknisk logg:** servern loggar anrop (tid, adress och IP-nummer) för drift och felsökning.

# Kakor

Webbplatsen använder bara kakor som behövs för att den ska fungera:

- **samverka_csrf** sätts när du ser en sida med ett formulär. Den skyddar formuläret mot förfalskade anrop från andra webbplatser. Den innehåller inga uppgifter om dig.
- **samverka_staff** sätts bara när någon i personalen loggar in.

Vi använder inga kakor för statistik eller reklam, ingen spårning och inga analysverktyg. Inget innehåll hämtas från andra webbplatser.

# Frågor

Har du frågor om hur dina personuppgifter behandlas? Kontakta ditt bibliotek.`;

const PRIVACY_EN = `This page describes what the website stores about you, and what it never stores.

# Your loans are never stored here

Which books a person borrows is confidential under Swedish law (Public Access to Information and Secrecy Act, chapter 40, section 3). When you sign in to see your loans and reservations, they are fetched directly from your library's system and shown to you. The website does not store them.

Your PIN is only passed on to your library's system to check that it is you. It is never stored and never written to any log.

# What the website stores

- **The libraries' catalogues:** information about books and other media, and which copies the libraries have. Nothing about borrowers.
- **What the staff write:** news, events and pages.
- **Accounts for library staff:** name, e-mail address, role and when the account was last used. Passwords are stored only as a hash. Changes made by staff are logged, so that it is clear who changed what.
- **Accessibility reports:** what you write in the form, and your contact details if you give any.
- **Technical log:** the server logs requests (time, address and IP address) for operations and troubleshooting.

# Cookies

The website only uses cookies it needs in order to work:

- **samverka_csrf** is set when you view a page with a form. It protects the form against forged requests from other websites. It holds nothing about you.
- **samverka_staff** is set only when a staff member signs in.

We use no cookies for statistics or advertising, no tracking and no analytics. Nothing is loaded from other websites.

# Questions

Questions about how your personal data is handled? Contact your library.`;

const SOUTH_SAMI = `# Buerie båeteme!

Jiemthen leenen gærjagåetieh leah gaajhkide.

Gærjagåetesne saemien gærjah gååvnesieh. Jis gærja ij gååvnesh, gærjagåetie maahta dam jeatjah gærjagåetijste åadtjodh.

Datne maahtah åarjelsaemien gïelem nuhtjedh.`;
