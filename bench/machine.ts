// What the benchmark ran on: cores, memory, CPU model, load, Node and Zebra versions.
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { zebraVersion } from './zebra.ts';

export interface Machine {
  readonly cores: number;
  readonly memoryGiB: number;
  readonly cpu: string;
  readonly node: string;
  readonly zebra: string;
  readonly kernel: string;
}

export async function describeMachine(): Promise<Machine> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
  const kernel = (await readFile('/proc/sys/kernel/osrelease', 'utf8').catch(() => 'unknown')).trim();
  return {
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpu,
    node: process.version,
    zebra: await zebraVersion(),
    kernel,
  };
}

/** The 1-minute load average: the machine is shared, so a busy neighbour shows here. */
export function loadAverage(): number {
  return Math.round(loadavg()[0] * 100) / 100;
}
