// The demo's common-web content: made-up news and events (dated relative to today so the demo is always current),
// the county's pages (real text: what the law requires, what Samverka stores), the e-services (Elib and Viddla are
// facts from FACTS.md; others demo), and library profiles (only facts from FACTS.md; nothing invented as real).
// Everything made up carries `demo: true`, and the pages say so. Seeded once by the content service on first start.
import type { SeedContent } from '../../core/content.ts';
import { demoEServices } from './demo-eservices.ts';
import { demoEvents } from './demo-events.ts';
import { demoNews } from './demo-news.ts';
import { demoPages } from './demo-pages.ts';
import { demoBranchProfiles, demoLibraryProfiles } from './demo-profiles.ts';

export type { SeedItem, SeedProfile } from '../../core/content.ts';

export type DemoContent = SeedContent;

/** The demo content as of `today` (an ISO date, Stockholm): events fall in the coming weeks, news in the past ones. */
export function demoContent(today: string): DemoContent {
  return {
    news: demoNews(today),
    events: demoEvents(today),
    pages: demoPages(),
    eservices: demoEServices(),
    libraryProfiles: demoLibraryProfiles(),
    branchProfiles: demoBranchProfiles(),
  };
}
