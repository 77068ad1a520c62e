// (Being written.)
import type { NewsItem } from '../../core/content.ts';
import type { SeedItem } from './demo-content.ts';

export function demoNews(_today: string): SeedItem<NewsItem>[] {
  return [];
}
