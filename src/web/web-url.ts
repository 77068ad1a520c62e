// Addresses typed by staff or sent by library systems reach a page as links only when they are http(s): a `javascript:`
// or `data:` link must never be clickable.
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
