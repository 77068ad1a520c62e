// The command line's fast start: the TypeScript sources bundled by esbuild into node_modules/.cache/samverka-cli/,
// rebuilt whenever a source is newer than the bundle. Through tsx, each of ~170 modules is compiled in Node's loader
// thread and handed over by message, which cost ~0.5 s per command; the bundle loads in a tenth of that, and with
// the code cache of scripts/bundle-loader.cjs in less again. Without esbuild (a production install without dev
// dependencies) the caller falls back to tsx.
import { statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'samverka-cli');
const CURRENT = join(CACHE, 'current.json');
const ENTRIES = { samverka: 'src/cli/main.ts', 'import-worker': 'src/services/import-worker.ts' };
/**
 * Pure-JavaScript packages every command loads, bundled in: loaded from node_modules one file at a time they took
 * ~0.2 s of each command's start (kysely alone 80 ms). Native packages (better-sqlite3, argon2, sharp), pino (which
 * starts workers of its own) and the web server's packages, loaded only by `serve`, stay in node_modules.
 */
const BUNDLED_PACKAGES = new Set(['zod', 'kysely', 'yaml', 'commander', 'snowball-stemmers', 'saxes', 'cli-progress']);
/** Besides the sources, the bundle is out of date when the installed packages or this script change. */
const LOCKFILE = 'package-lock.json';
const BUILD_SCRIPT = 'scripts/cli-bundle.mjs';
const LOADER = fileURLToPath(new URL('./bundle-loader.cjs', import.meta.url));

/**
 * The bundle's entry file when it is newer than every source it was built from; null otherwise. The ~300 inputs are
 * checked one after the other: synchronously that takes 4 ms, through promises 15 ms.
 */
async function freshBundle() {
  const current = JSON.parse(await readFile(CURRENT, 'utf8'));
  // The bundle holds absolute paths (sources' import.meta.url, the worker's boot): a moved checkout builds anew.
  if (current.root !== ROOT) return null;
  if (current.inputs.some((input) => statSync(join(ROOT, input)).mtimeMs > current.builtAt)) return null;
  const entry = join(CACHE, current.dir, 'samverka.cjs');
  statSync(entry);
  return entry;
}

/**
 * Source files keep their own import.meta.url, so that paths they resolve next to themselves (assets, messages, the
 * demo's MARC folder) still point into src/ from inside the bundle.
 */
/** Every package our sources import stays external except those in BUNDLED_PACKAGES, which bring their own dependencies. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.importer.includes(`${sep}node_modules${sep}`)) return undefined;
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return BUNDLED_PACKAGES.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/** What a worker thread runs to start the bundle's import worker (src/services/import-worker-start.ts). */
function workerBoot(outdir) {
  return `require(${JSON.stringify(LOADER)}).runBundle(${JSON.stringify(join(outdir, 'import-worker.cjs'))}, 'worker');`;
}

/**
 * Builds a new bundle beside the old ones and points current.json at it (atomically: commands may run side by side).
 * CommonJS, one file per entry, for the code cache (scripts/bundle-loader.cjs); the web server's modules are in it
 * too, but they are only run (and only compiled) by `serve`.
 */
export async function buildBundle() {
  const { build } = await import('esbuild');
  const builtAt = Date.now();
  const dir = `b-${builtAt}-${process.pid}`;
  const outdir = join(CACHE, dir);
  const result = await build({
    absWorkingDir: ROOT, entryPoints: ENTRIES, outdir, bundle: true, format: 'cjs', platform: 'node',
    target: 'node20', metafile: true, logLevel: 'silent', outExtension: { '.js': '.cjs' },
    define: { SAMVERKA_WORKER_BOOT: JSON.stringify(workerBoot(outdir)) }, plugins: [externalPackages, keepImportMetaUrl],
  });
  const inputs = [...Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules')), LOCKFILE, BUILD_SCRIPT];
  const temporary = `${CURRENT}.${process.pid}`;
  await writeFile(temporary, JSON.stringify({ root: ROOT, dir, builtAt, inputs: inputs.map((i) => relative(ROOT, join(ROOT, i))) }));
  await rename(temporary, CURRENT);
  await removeOldBundles(dir);
  return join(outdir, 'samverka.cjs');
}

/** Bundles older than an hour that are not current (a command still running from one keeps it for that long). */
async function removeOldBundles(keep) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of await readdir(CACHE).catch(() => [])) {
    const built = /^b-(\d+)-/.exec(name);
    if (built && name !== keep && Number(built[1]) < hourAgo) await rm(join(CACHE, name), { recursive: true, force: true });
  }
}

/** Runs the bundle `file` (from `cliBundle`), with the code cache of the command it is asked to run. */
export function runBundle(file) {
  createRequire(import.meta.url)(LOADER).runBundle(file, process.argv[2]);
}

/** The bundle to run: the current one, or a new one; null when esbuild is missing or the build failed. */
export async function cliBundle() {
  if (process.env.SAMVERKA_NO_BUNDLE === '1') return null;
  const fresh = await freshBundle().catch(() => null);
  if (fresh) return fresh;
  await mkdir(CACHE, { recursive: true });
  return buildBundle().catch(() => null);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entry = await buildBundle();
  console.log(`Built ${entry}`);
}
