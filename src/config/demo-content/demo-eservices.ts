// (Being written.)
import type { EServiceItem } from '../../core/content.ts';
import type { SeedItem } from './demo-content.ts';

export function demoEServices(): SeedItem<EServiceItem>[] {
  return [];
}
