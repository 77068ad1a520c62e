// News as Atom 1.0 (RFC 4287) and RSS 2.0 with the `feed` package. Atom titles and summaries are declared HTML, so
// plain text is HTML-escaped before it goes in (a title "Barn <3 böcker" must not become a tag); RSS titles stay
// plain text. RSS <author> must be an e-mail address, so entries name their library in Atom only.
import { Feed, type Item } from 'feed';
import type { NewsItem } from '../../core/content.ts';

/** A news item with the words the feed shows for it, in the feed's language. */
export interface FeedEntry {
  readonly item: NewsItem;
  readonly title: string;
  /** Plain text. */
  readonly summary: string;
  /** HTML (rendered Markdown), with absolute links. */
  readonly content: string;
  readonly url: string;
  readonly author: string;
  readonly published: string;
}

export interface NewsFeedInput {
  readonly title: string;
  readonly description: string;
  readonly language: string;
  /** The feed's own address and the page it mirrors, absolute. */
  readonly selfUrl: string;
  readonly pageUrl: string;
  readonly publisher: { readonly name: string; readonly url: string };
  readonly entries: readonly FeedEntry[];
  /** The feed's `updated` when it has no entries. */
  readonly now: Date;
}

export function atomFeed(input: NewsFeedInput): string {
  return buildFeed(input, true).atom1();
}

export function rssFeed(input: NewsFeedInput): string {
  return buildFeed(input, false).rss2();
}

function buildFeed(input: NewsFeedInput, atom: boolean): Feed {
  const newest = input.entries.reduce((max, e) => Math.max(max, Date.parse(e.item.updatedAt)), Number.NEGATIVE_INFINITY);
  const feed = new Feed({
    id: input.selfUrl,
    title: input.title,
    description: input.description,
    link: input.pageUrl,
    language: input.language,
    updated: Number.isFinite(newest) ? new Date(newest) : input.now,
    feedLinks: atom ? { atom: input.selfUrl } : { rss: input.selfUrl },
    author: { name: input.publisher.name, link: input.publisher.url },
    generator: false,
  });
  for (const entry of input.entries) {
    const item: Item = {
      title: atom ? escapeHtml(entry.title) : entry.title,
      link: entry.url,
      date: new Date(entry.item.updatedAt),
      published: new Date(entry.published),
      description: escapeHtml(entry.summary),
      content: entry.content,
      ...(atom && { author: [{ name: entry.author }] }),
    };
    feed.addItem(item);
  }
  return feed;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Site-relative links in rendered Markdown made absolute: a feed is read far from the site. */
export function absoluteLinks(html: string, origin: string): string {
  return html.replace(/(href|src)="\/(?!\/)/g, `$1="${origin}/`);
}
