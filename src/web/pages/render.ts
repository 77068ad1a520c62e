// Renders a page component to an HTML document; Preact escapes every value it writes.
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
