// Runs one of the command line's CommonJS bundles (scripts/cli-bundle.mjs) with V8's code cache: the compiled code
// of the last run is kept beside the bundle, so a command no longer compiles ~3 MB of JavaScript at every start
// (~0.1 s of each `samverka` command and of each import worker). Node 20 has no compile cache for ES modules, so
// the bundles are CommonJS. CommonJS, too, so that a worker thread's eval source can require this file.
'use strict';
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { threadId } = require('node:worker_threads');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/**
 * The compiled code of `file` for one kind of run (`samverka import`, `serve`, the import worker: each uses other
 * functions), as V8 wrote it for this Node version; V8 itself rejects a cache that does not fit.
 */
function cacheFileOf(file, kind) {
  return `${file}.${kind}.${process.version}-${process.arch}.code-cache`;
}

/** Writes the cache atomically: commands may run side by side, and a half-written cache would be rejected anyway. */
function saveCache(script, file) {
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
  } catch {
    // Without a cache the next command compiles again, as it would without this loader; a full disk keeps no part.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Left for removeOldBundles (scripts/cli-bundle.mjs), which removes the bundle's folder in time.
    }
  }
}

/**
 * Runs `file` as a CommonJS module and returns its exports. When there was no usable cache for this `kind` of run,
 * one is written as the thread ends, after the command ran: it then holds every function the command used, not
 * only the top level.
 */
function runBundle(file, kind = 'default') {
  const cacheFile = cacheFileOf(file, /^[a-z][a-z-]*$/.test(kind) ? kind : 'default');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(file, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => saveCache(script, cacheFile));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

module.exports = { runBundle };
