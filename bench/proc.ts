// /proc readings for the benchmark: CPU seconds and peak RSS of processes we did not start
// in-process (worker children, Redis, Dovecot). Linux only.
import { readFileSync, readdirSync } from 'node:fs';

const CLK_TCK = 100; // sysconf(_SC_CLK_TCK) on Linux x86-64/arm64

/** User+system CPU seconds of `pid` (0 when it is gone). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the comm field: state(0) ppid(1) ... utime(11) stime(12)
    return (Number(f[11]) + Number(f[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** A field of /proc/<pid>/status in MB (VmHWM = peak RSS, VmRSS = current), or 0. */
export function statusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Pids whose command line contains `needle` (e.g. a Dovecot instance name). */
export function pidsMatching(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'latin1').includes(needle)) pids.push(Number(entry));
    } catch {
      // exited while scanning
    }
  }
  return pids;
}

/** CPU seconds of a set of processes found by `find()` at each reading (a process seen once is remembered). */
export class CpuMeter {
  private readonly start = new Map<number, number>();
  private readonly last = new Map<number, number>();
  constructor(private readonly find: () => number[]) {
    for (const pid of find()) this.start.set(pid, cpuSeconds(pid));
  }
  /** CPU seconds used since construction by every process seen (those that exited count up to the last sample). */
  sample(): number {
    for (const pid of this.find()) {
      if (!this.start.has(pid)) this.start.set(pid, 0);
      const now = cpuSeconds(pid);
      if (now > 0) this.last.set(pid, now);
    }
    let total = 0;
    for (const [pid, s] of this.start) total += Math.max(0, (this.last.get(pid) ?? s) - s);
    return total;
  }
}
