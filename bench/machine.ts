// The machine a bench run was taken on, for results.md.
import { cpus, loadavg, platform, release, totalmem, arch } from 'node:os';

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  chromium: string;
  load: string;
}

export function describeMachine(chromium: string): Machine {
  const cpu = cpus();
  return {
    os: `${platform()} ${release()} ${arch()}`,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    chromium,
    load: loadAverage(),
  };
}

/** 1/5/15-minute load averages: above the core count means other work competed for the CPU. */
export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}
