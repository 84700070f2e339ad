/** The machine a result was measured on, for the JSON document and the README's tables. */
import os from 'node:os';

export interface Machine {
  date: string;
  cpuModel: string | undefined;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  db?: string;
  /** 1-minute load average when the description was taken: other work on the machine shows here. */
  loadAverage: number;
}

export function describeMachine(db?: string): Machine {
  return {
    date: new Date().toISOString(),
    cpuModel: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: +os.loadavg()[0]!.toFixed(2),
    ...(db ? { db } : {}),
  };
}
