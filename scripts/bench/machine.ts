// The machine the figures were taken on.
import { existsSync, readFileSync } from 'fs';
import * as os from 'os';

export interface Machine {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  /** 1-minute load average when the benchmark started (other work on the machine skews wall times). */
  readonly loadAtStart: number;
}

/** e.g. `Debian GNU/Linux 12 (bookworm), Linux 6.1.0 x64`. */
function describeOs(): string {
  const release = '/etc/os-release';
  const pretty = existsSync(release) ? /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync(release, 'utf8'))?.[1] : undefined;
  const kernel = `${os.type()} ${os.release()} ${os.arch()}`;
  return pretty ? `${pretty}, ${kernel}` : kernel;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: describeOs(),
    loadAtStart: os.loadavg()[0],
  };
}
