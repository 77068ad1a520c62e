// The composition root: reads the configuration, opens the database, builds the store, the search index and
// the services, and hands them to the commands and the web layer. The only module that knows implementations.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { errors } from './core/errors.ts';
import type { Library, LibraryId } from './core/types.ts';
import pino from 'pino';
import { loadConfig, librariesOf, resolveSecret, type LoadedConfig } from './config/load-config.ts';
import type { HoldingsMappingConfig, LibraryConfig } from './config/config.schema.ts';
import { DEFAULT_HOLDINGS_MAPPINGS, type HoldingsMapping } from './catalogue/holdings-mapping.ts';
import type { Connector } from './connectors/connector.ts';
import { createConnector } from './connectors/registry.ts';
import { DemoCirculation } from './connectors/demo/demo-availability.ts';
import { openSqliteDatabase } from './store/sqlite/sqlite-database.ts';
import { startBackgroundCheckpoints } from './store/sqlite/background-checkpoints.ts';
import { SqliteStore } from './store/sqlite/sqlite-store.ts';
import { SqliteSearchIndex } from './search/sqlite/sqlite-search-index.ts';
import { IngestService, type ImportOptions } from './services/ingest.service.ts';
import { CatalogueService } from './services/catalogue.service.ts';
import { GroupingService } from './services/grouping.service.ts';
import { AvailabilityService } from './services/availability.service.ts';
import { HarvestService, type HarvestLogger } from './services/harvest.service.ts';
import { HarvestScheduler } from './services/harvest-scheduler.ts';
import { SourceHealthService } from './services/source-health.service.ts';
import type { SearchIndex } from './search/search-index.ts';
import type { Store } from './store/store.ts';
import type { ContentStore } from './store/content-store.ts';
import { SqliteContentStore } from './store/sqlite/content/sqlite-content-store.ts';
import { ContentService } from './services/content/content.service.ts';
import { seedContent } from './services/content/content-seed.ts';
import { SharpImages } from './services/content/sharp-images.ts';
import { demoContent } from './config/demo-content/demo-content.ts';
import { stockholmWallTime } from './core/opening-hours/stockholm-time.ts';
import { StaffAuthService } from './services/staff/staff-auth.service.ts';
import { SmtpMailer } from './services/staff/smtp-mailer.ts';
import { FolderMailer } from './services/staff/folder-mailer.ts';
import type { Mailer } from './services/staff/mailer.ts';
import type { StaffAuth } from './services/staff/staff-auth.ts';

export interface App {
  readonly loaded: LoadedConfig;
  /** The environment the app was made with (secrets). */
  readonly env: NodeJS.ProcessEnv;
  /** The data folder: the database's, where the session secret, the demo's logins and the mail outbox live. */
  readonly dataDir: string;
  readonly libraries: readonly Library[];
  readonly store: Store;
  readonly index: SearchIndex;
  readonly ingest: IngestService;
  readonly catalogue: CatalogueService;
  /** Loads what searching needs into memory now, so the first patron's search is not the slow one. */
  warmUp(): void;
  readonly grouping: GroupingService;
  /** The connector of each member library with a source configured, built by the registry. */
  readonly connectors: ReadonlyMap<LibraryId, Connector>;
  readonly harvest: HarvestService;
  readonly sources: SourceHealthService;
  /** Live availability from the members' systems, each within the configured timeout. */
  readonly availability: AvailabilityService;
  /** The common web's content: news, events, pages, e-services, profiles, images, staff and the audit log. */
  readonly contentStore: ContentStore;
  /** Public reads, staff editing (policy-checked) and accessibility reports. */
  readonly content: ContentService;
  /** Staff login, sessions, password resets and accounts. */
  readonly staff: StaffAuth;
  /** Starts the scheduled harvests (`harvestIntervalMinutes` per source); `close` stops them. */
  scheduleHarvests(): void;
  /** The member library with this id; `unknown-library` otherwise. */
  library(id: LibraryId): Library;
  /** How records of this library are read: id fallbacks, holdings mapping and branches from its source config. */
  importOptions(id: LibraryId): ImportOptions;
  close(): Promise<void>;
}

export interface AppOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** A database file, or ':memory:' (tests); default `$SAMVERKA_DATA/samverka.db`. */
  readonly databaseFile?: string;
  readonly loaded?: LoadedConfig;
  /** Where connectors and harvests log; default pino on stderr at $LOG_LEVEL (info). */
  readonly logger?: HarvestLogger;
  /** For commands that write much (import, harvest): the WAL is copied into the database from a thread of its own. */
  readonly backgroundCheckpoints?: boolean;
}

export async function createApp(options: AppOptions = {}): Promise<App> {
  const env = options.env ?? process.env;
  const loaded = options.loaded ?? loadConfig(env);
  if (env.DATABASE_URL?.startsWith('postgres')) {
    throw errors.configInvalid(['DATABASE_URL: the PostgreSQL backend is not built yet; unset DATABASE_URL to use SQLite']);
  }
  const databaseFile = options.databaseFile ?? defaultDatabaseFile(env);
  const dataDir = databaseFile === ':memory:' ? resolve(env.SAMVERKA_DATA ?? 'data') : dirname(resolve(databaseFile));
  const database = openSqliteDatabase(databaseFile);
  const checkpoints = options.backgroundCheckpoints ? startBackgroundCheckpoints(database) : null;
  const store = await SqliteStore.open(database);
  const contentStore = await SqliteContentStore.open(database);
  const index = new SqliteSearchIndex(database);
  const libraries = librariesOf(loaded.config);
  const preferredLanguage = loaded.config.consortium.defaultLanguage === 'sv' ? 'swe' : 'eng';
  const ingest = new IngestService({ store, index, libraries, preferredLanguage });
  const catalogue = new CatalogueService({ store, index, libraries });
  const grouping = new GroupingService({ store, index, preferredLanguage });
  // The search index is derived data: after a schema change it starts empty and is refilled from the store.
  if (index.needsRebuild) await catalogue.reindexAll();
  const configs = new Map(loaded.config.libraries.map((l) => [l.id, l]));
  const logger = options.logger ?? pino({ level: env.LOG_LEVEL ?? 'info' }, pino.destination({ dest: 2, sync: true }));

  const library = (id: LibraryId): Library => {
    const found = libraries.find((l) => l.id === id);
    if (!found) throw errors.unknownLibrary(id);
    return found;
  };
  const importOptions = (id: LibraryId) => importOptionsOf(configs.get(id), library(id));
  // The demo libraries share one circulation, so the demo records are read once (for live availability).
  const firstDemo = libraries.find((l) => configs.get(l.id)?.source?.kind === 'demo');
  const demoCirculation = firstDemo ? new DemoCirculation({ libraries, idFallbacks: importOptions(firstDemo.id).idFallbacks }) : undefined;
  const connectors = new Map<LibraryId, Connector>();
  for (const member of libraries) {
    const source = configs.get(member.id)?.source;
    if (source) connectors.set(member.id, createConnector(member, source, { libraries, resolveSecret: (value) => resolveSecret(value, env), logger, demoCirculation }));
  }
  const live = loaded.config.availability;
  const availability = new AvailabilityService({
    connectors, timeoutMs: live.timeoutMs, cacheTtlMs: live.cacheSeconds * 1000, failuresToOpen: live.failuresToOpen, coolDownMs: live.coolDownSeconds * 1000, logger,
  });
  const sources = new SourceHealthService({
    store,
    sources: libraries.map((member) => {
      const source = configs.get(member.id)?.source;
      return { library: member.id, kind: source?.kind ?? null, harvestable: connectors.get(member.id)?.harvest !== undefined, intervalMinutes: source?.harvestIntervalMinutes ?? null };
    }),
  });
  const content = new ContentService({ store: contentStore, libraries, clock: () => new Date(), images: new SharpImages() });
  const mailer = mailerOf(loaded, env, dataDir);
  const staff = new StaffAuthService({
    store: contentStore, mailer, clock: () => new Date(), libraries: libraries.map((l) => l.id), siteName: loaded.config.consortium.name,
  });
  const harvest = new HarvestService({ store, index, libraries, connectors, importOptions, health: sources, preferredLanguage, logger });
  let scheduler: HarvestScheduler | null = null;
  return {
    loaded, env, dataDir, libraries, store, index, ingest, catalogue, grouping, connectors, harvest, sources, availability, contentStore, content, staff, library, importOptions,
    warmUp: () => index.warm(),
    scheduleHarvests: () => {
      scheduler ??= new HarvestScheduler({
        sources: loaded.config.libraries.flatMap((l) =>
          l.source?.harvestIntervalMinutes && connectors.get(l.id)?.harvest ? [{ library: l.id, intervalMinutes: l.source.harvestIntervalMinutes }] : []),
        harvest: (id, signal) => harvest.harvest(id, { signal }),
        logger,
      });
      scheduler.start();
    },
    close: async () => {
      await scheduler?.stop();
      await Promise.all([...connectors.values()].map((c) => c.close?.()));
      if (mailer instanceof SmtpMailer) mailer.close();
      await index.close?.();
      await store.close();
      await checkpoints?.stop();
      database.close();
    },
  };
}

/** SMTP when configured; otherwise each mail is an .eml file in the data folder's outbox/ for the operator to read. */
function mailerOf(loaded: LoadedConfig, env: NodeJS.ProcessEnv, dataDir: string): Mailer {
  const { smtpUrl, from } = loaded.config.mail;
  const url = smtpUrl ? resolveSecret(smtpUrl, env) : env.SMTP_URL;
  if (url) return new SmtpMailer({ url, from });
  return new FolderMailer({ folder: join(dataDir, 'outbox'), from });
}

function defaultDatabaseFile(env: NodeJS.ProcessEnv): string {
  const folder = resolve(env.SAMVERKA_DATA ?? 'data');
  mkdirSync(folder, { recursive: true });
  return join(folder, 'samverka.db');
}

function importOptionsOf(config: LibraryConfig | undefined, library: Library): ImportOptions {
  const source = config?.source;
  return {
    branches: library.branches.map((b) => b.id),
    idFallbacks: source?.idFallbacks ?? ['035a', '999c'],
    holdings: holdingsMapping(source?.holdings),
  };
}

/** A tag alone selects the built-in mapping; an object refines the built-in mapping of its tag, if any. */
function holdingsMapping(config: '852' | '949' | '952' | HoldingsMappingConfig | null | undefined): HoldingsMapping | null {
  if (config === undefined || config === null) return null;
  if (typeof config === 'string') return DEFAULT_HOLDINGS_MAPPINGS[config];
  const base = (DEFAULT_HOLDINGS_MAPPINGS as Record<string, HoldingsMapping | undefined>)[config.tag];
  return { ...base, ...config };
}

/**
 * Seeds the demo: the catalogues by harvesting the demo library systems, as any source is harvested, when the store
 * is empty; and the common web's demo content, whatever of it is missing (staff edits and deletions stay).
 */
export async function seedDemo(app: App, log: (line: string) => void): Promise<void> {
  const now = new Date();
  const seeded = await seedContent(app.contentStore, demoContent(stockholmWallTime(now).date), now);
  if (seeded.items + seeded.libraryProfiles + seeded.branchProfiles > 0) {
    log(`Demo content: ${seeded.items} news items, events, pages and e-services, ${seeded.libraryProfiles + seeded.branchProfiles} library profiles`);
  }
  await seedDemoStaff(app, log);
  if ((await app.store.recordCount()) > 0) return;
  log('Seeding the Jämtland demo: real records from demo/marc with demo holdings …');
  for (const library of app.libraries) {
    const summary = await app.harvest.harvest(library.id);
    if (summary.status !== 'ok') throw errors.sourceFailed(library.id, summary.error ?? summary.note ?? summary.status);
    log(`  ${library.name}: ${summary.added} records (${summary.rejected} rejected) in ${summary.seconds.toFixed(1)} s`);
  }
}

/** Demo staff logins, made once with random passwords and written to the data folder (never the same on two machines). */
async function seedDemoStaff(app: App, log: (line: string) => void): Promise<void> {
  if ((await app.contentStore.staffAccounts()).length > 0) return;
  const accounts = [
    { email: 'samordnare@demo.invalid', name: 'Demo: länssamordnare', role: 'coordinator' as const, library: 'regionbiblioteket' },
    { email: 'redaktor.krokom@demo.invalid', name: 'Demo: redaktör i Krokom', role: 'editor' as const, library: 'krokom' },
    { email: 'redaktor.are@demo.invalid', name: 'Demo: redaktör i Åre', role: 'editor' as const, library: 'are' },
  ].filter((a) => app.libraries.some((l) => l.id === a.library));
  const lines: string[] = [];
  for (const account of accounts) {
    const password = randomBytes(12).toString('base64url');
    await app.staff.bootstrapAccount(account, password);
    lines.push(`${account.email}  ${password}  (${account.role}, ${account.library})`);
  }
  const file = join(app.dataDir, 'demo-staff-logins.txt');
  writeFileSync(file, `Demo staff logins for /personal (made at first start; demo only):\n${lines.join('\n')}\n`, { mode: 0o600 });
  log(`Demo staff logins for /personal are in ${file}`);
}

/**
 * The secret that signs cookies: the configured one (the same on every web node), else one kept in the data folder,
 * made on first start, so that a restart keeps staff logged in and forms valid.
 */
function cookieSecretOf(app: App): string {
  const configured = app.loaded.config.web.sessionSecret;
  if (configured) {
    const secret = resolveSecret(configured, app.env);
    if (secret.length < 32) throw errors.configInvalid(['web.sessionSecret: must be at least 32 characters']);
    return secret;
  }
  const file = join(app.dataDir, 'session-secret');
  mkdirSync(app.dataDir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  return readFileSync(file, 'utf8').trim();
}

export async function startWeb(app: App, listen: { port: number; host: string }, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  // Loaded here, not at the top: commands such as `import` never pay for the web layer's start-up.
  const { buildWebApp } = await import('./web/web-app.ts');
  app.warmUp();
  const web = await buildWebApp({
    catalogue: app.catalogue,
    availability: app.availability,
    sources: app.sources,
    content: app.content,
    reporting: app.content,
    staff: { editor: app.content, auth: app.staff },
    cookieSecret: cookieSecretOf(app),
    baseUrl: app.loaded.config.web.baseUrl,
    trustProxy: app.loaded.config.web.trustProxy,
    consortium: app.loaded.config.consortium,
    demo: app.loaded.demo,
    logger: options.logger === false ? false : { level: process.env.LOG_LEVEL ?? 'info' },
  });
  await web.listen(listen);
  return web;
}
