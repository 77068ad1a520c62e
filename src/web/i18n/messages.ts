// The message catalogues: one file per area and language in ./messages ("events.sv.json", "events.en.json"), so each
// part of the site keeps its own texts. Top-level keys belong to one file; a key defined twice is an error at start-up.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from './i18n.ts';

const MESSAGES_DIR = fileURLToPath(new URL('./messages/', import.meta.url));

export type MessageTree = { readonly [key: string]: string | MessageTree };

let loaded: Record<Locale, MessageTree> | null = null;

/** Every catalogue file merged per language (read once per process). */
export function loadMessages(): Record<Locale, MessageTree> {
  if (loaded) return loaded;
  const merged: Record<Locale, Record<string, MessageTree | string>> = { sv: {}, en: {} };
  const owner = new Map<string, string>();
  for (const file of readdirSync(MESSAGES_DIR).sort()) {
    const match = /^([a-z0-9-]+)\.(sv|en)\.json$/.exec(file);
    if (!match) continue;
    const locale = match[2] as Locale;
    const tree = JSON.parse(readFileSync(MESSAGES_DIR + file, 'utf8')) as Record<string, MessageTree | string>;
    for (const [key, value] of Object.entries(tree)) {
      const previous = owner.get(`${locale}:${key}`);
      if (previous) throw new Error(`Message key "${key}" is defined in both ${previous} and ${file}`);
      owner.set(`${locale}:${key}`, file);
      merged[locale][key] = value;
    }
  }
  loaded = merged;
  return merged;
}
