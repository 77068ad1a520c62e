// Markdown that library staff write, rendered safely: raw HTML is never passed through (markdown-it escapes it),
// links are only http(s), mailto and tel or site-relative, external links get rel="noopener", and headings start at
// the level the page gives (a page's h1 is its title, so body headings begin at h2).
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const SAFE_LINK = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i;
markdown.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
markdown.renderer.rules.link_open = (tokens, i, options, env, self) => {
  const href = String(tokens[i]!.attrGet('href') ?? '');
  if (/^https?:/i.test(href)) tokens[i]!.attrSet('rel', 'noopener');
  return defaultLinkOpen(tokens, i, options, env, self);
};

markdown.renderer.rules.heading_open = (tokens, i, options, env, self) => {
  const base = (env as { headingBase?: number }).headingBase ?? 2;
  const level = Math.min(6, Number(tokens[i]!.tag.slice(1)) + base - 1);
  tokens[i]!.tag = `h${level}`;
  return self.renderToken(tokens, i, options);
};
markdown.renderer.rules.heading_close = (tokens, i, options, env, self) => {
  const base = (env as { headingBase?: number }).headingBase ?? 2;
  tokens[i]!.tag = `h${Math.min(6, Number(tokens[i]!.tag.slice(1)) + base - 1)}`;
  return self.renderToken(tokens, i, options);
};

/** HTML for staff-written Markdown; `headingBase` is the level a "#" heading becomes (default 2). */
export function markdownHtml(text: string, headingBase = 2): string {
  return markdown.render(text, { headingBase });
}

/** Markdown rendered into a <div>; `lang` marks text in another language than the page's. */
export function Markdown({ text, lang, headingBase = 2, class: className = 'prose' }: { readonly text: string; readonly lang?: string; readonly headingBase?: number; readonly class?: string }) {
  return <div class={className} lang={lang} dangerouslySetInnerHTML={{ __html: markdownHtml(text, headingBase) }} />;
}
