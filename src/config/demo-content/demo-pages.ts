// (Being written.)
import type { PageItem } from '../../core/content.ts';
import type { SeedItem } from './demo-content.ts';

export function demoPages(): SeedItem<PageItem>[] {
  return [];
}
