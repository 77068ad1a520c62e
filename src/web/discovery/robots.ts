// robots.txt: where crawlers need not go, and where the sitemap is.
//
// Disallowed: the staff area (a login page, nothing public) and the JSON API (the same data as the pages, without
// their links), except the OpenAPI description, which is documentation. Search result pages stay allowed: they are
// how crawlers reach catalogue works (see sitemap.ts), and deep result pages carry noindex themselves.

export function robotsTxt(origin: string, disallowed: readonly string[]): string {
  return [
    'User-agent: *',
    'Allow: /api/v1/openapi.json',
    'Disallow: /api/',
    ...disallowed.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}
