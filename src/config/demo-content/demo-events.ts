// (Being written.)
import type { EventItem } from '../../core/content.ts';
import type { SeedItem } from './demo-content.ts';

export function demoEvents(_today: string): SeedItem<EventItem>[] {
  return [];
}
