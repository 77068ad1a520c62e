// Reads the YAML configuration (SAMVERKA_CONFIG or ./samverka.yaml), or falls back to the built-in demo when
// there is none; every error is reported at once with the path of the bad key.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { errors } from '../core/errors.ts';
import type { Library } from '../core/types.ts';
import { configSchema, type SamverkaConfig } from './config.schema.ts';
import { demoConfig } from './demo-config.ts';

export interface LoadedConfig {
  readonly config: SamverkaConfig;
  /** True for the built-in Jämtland demo (no config file). */
  readonly demo: boolean;
  /** The file read, or null for the demo. */
  readonly path: string | null;
}

/** Validates a parsed configuration object; throws `config-invalid` listing every problem with its path. */
export function parseConfig(input: unknown, origin = 'configuration'): SamverkaConfig {
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  throw errors.configInvalid(
    result.error.issues.map((issue) => `${origin}: ${issue.path.length ? issue.path.join('.') : '(top)'}: ${issue.message}`),
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): LoadedConfig {
  const named = env.SAMVERKA_CONFIG;
  const path = resolve(cwd, named ?? 'samverka.yaml');
  if (!named && !existsSync(path)) return { config: parseConfig(demoConfig, 'built-in demo'), demo: true, path: null };

  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw errors.configInvalid([`${path}: cannot be read (${cause instanceof Error ? cause.message : String(cause)})`]);
  }
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    throw errors.configInvalid(document.errors.map((e) => `${path}: ${e.message.split('\n')[0]}`));
  }
  const config = parseConfig(document.toJS(), path);
  const demo = config.libraries.every((l) => l.source?.kind === 'demo');
  return { config, demo, path };
}

/** The member libraries as domain objects; a library configured without branches has one of the same name. */
export function librariesOf(config: SamverkaConfig): Library[] {
  return config.libraries.map((library) => ({
    id: library.id,
    name: library.name,
    ...(library.municipalityCode ? { municipalityCode: library.municipalityCode } : {}),
    ...(library.population !== undefined ? { population: library.population } : {}),
    branches: library.branches?.length
      ? library.branches.map(({ openingHours, ...branch }) => (openingHours ? { ...branch, openingHours } : branch))
      : [{ id: library.id, name: library.name, kind: 'library' as const }],
  }));
}

/** Resolves a secret written as `env:NAME`, `file:/path` or a literal value. */
export function resolveSecret(value: string, env: NodeJS.ProcessEnv = process.env): string {
  if (value.startsWith('env:')) {
    const name = value.slice(4);
    const found = env[name];
    if (!found) throw errors.configInvalid([`secret: environment variable ${name} is not set`]);
    return found;
  }
  if (value.startsWith('file:')) {
    try {
      return readFileSync(value.slice(5), 'utf8').trim();
    } catch (cause) {
      throw errors.configInvalid([`secret: cannot read ${value.slice(5)} (${cause instanceof Error ? cause.message : String(cause)})`]);
    }
  }
  return value;
}
