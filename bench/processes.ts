// Child processes for the benchmark: timed commands with peak memory, servers in their own process group, ports.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** GNU time reports a command's peak resident memory (ru_maxrss over it and every child it waited for). */
const GNU_TIME = '/usr/bin/time';

export interface TimedRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallSeconds: number;
  /** Peak resident set size in KiB, or null when GNU time is not installed. */
  readonly maxRssKb: number | null;
  /** User + system CPU seconds of the command and its waited-for children (GNU time), or null. */
  readonly cpuSeconds: number | null;
  /** Process group id: still alive when the command left a server running in the background. */
  readonly pgid: number;
}

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
}

/** Runs a command to its end under GNU time, in its own process group; throws when it cannot be started. */
export async function runTimed(command: string, args: readonly string[], options: RunOptions = {}): Promise<TimedRun> {
  const timeDir = await mkdtemp(join(tmpdir(), 'samverka-bench-time-'));
  const timeFile = join(timeDir, 'rss');
  const wrapped = existsSync(GNU_TIME);
  const [cmd, argv] = wrapped ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { env: options.env ?? process.env, cwd: options.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) groups.add(child.pid);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => stdout.push(c));
  child.stderr!.on('data', (c: Buffer) => stderr.push(c));
  try {
    const code = await exitOf(child);
    const wallSeconds = (performance.now() - started) / 1000;
    // The group outlives the command only when it left something running (start.sh leaves zebrasrv).
    if (!signalGroup(child.pid!, 0)) groups.delete(child.pid!);
    // The last line: GNU time puts "Command exited with non-zero status" above it when the command failed.
    const line = wrapped ? (await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '' : '';
    const [rss, user, system] = line.split(' ').map(Number);
    return {
      code, wallSeconds, pgid: child.pid!,
      stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'),
      maxRssKb: Number.isFinite(rss) ? rss : null,
      cpuSeconds: Number.isFinite(user) && Number.isFinite(system) ? user + system : null,
    };
  } finally {
    await rm(timeDir, { recursive: true, force: true });
  }
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
}

/** A long-running child in its own process group, with stdout and stderr sent to a log file descriptor. */
export interface Server {
  readonly pid: number;
  readonly exited: Promise<number | null>;
}

export function startServer(command: string, args: readonly string[], logFd: number, options: RunOptions = {}): Server {
  const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, detached: true, stdio: ['ignore', logFd, logFd] });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  groups.add(child.pid);
  return { pid: child.pid, exited: exitOf(child) };
}

/**
 * Process groups started here and not yet stopped. Every child gets its own group (so a server and what it forks
 * can be stopped together), which also means a Ctrl-C on the terminal does not reach them: `stopAllGroups` does.
 */
const groups = new Set<number>();

/** Stops a whole process group: SIGTERM, then SIGKILL after `graceMs`. Never throws (the group may be gone). */
export async function stopGroup(pgid: number, graceMs = 3000): Promise<void> {
  groups.delete(pgid);
  if (!signalGroup(pgid, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    await sleep(100);
    if (!signalGroup(pgid, 0)) return;
  }
  signalGroup(pgid, 'SIGKILL');
}

/** Stops every process group still running: for an interrupted or failed benchmark. */
export async function stopAllGroups(): Promise<void> {
  await Promise.all([...groups].map((pgid) => stopGroup(pgid)));
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Peak resident memory (VmHWM, KiB) of a running process, or null when it is gone. */
export async function peakRssKb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const match = status ? /^VmHWM:\s+(\d+) kB/m.exec(status) : null;
  return match ? Number(match[1]) : null;
}

/** Polls `read` every `intervalMs` and keeps the largest value, until stopped. */
export function samplePeak(read: () => Promise<number | null>, intervalMs = 250): { stop(): Promise<void>; peak(): number | null } {
  let peak: number | null = null;
  let running = true;
  const loop = (async () => {
    while (running) {
      const value = await read();
      if (value !== null && (peak === null || value > peak)) peak = value;
      await sleep(intervalMs);
    }
  })();
  return {
    async stop() { running = false; await loop; },
    peak: () => peak,
  };
}

/** Direct children of a process, from /proc (Linux). */
export async function childPids(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text.split(/\s+/).filter(Boolean).map(Number);
}

/** Waits until `url` answers 200, or throws after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, server?: Server): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void server?.exited.then(() => { exited = true; });
  while (Date.now() < deadline && !exited) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(200);
  }
  throw new Error(exited ? `the server exited before ${url} answered` : `${url} did not answer within ${timeoutMs / 1000} s`);
}
