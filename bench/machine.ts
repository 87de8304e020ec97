/** The machine a benchmark ran on, for the report. */
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  webgl: string;
  /** 1-minute load average when the benchmark started and ended (other work on the machine). */
  load: [start: number, end: number];
}

export const loadAverage = () => loadavg()[0]!;

export function describeMachine(chromium: string, webgl: string, loadAtStart: number): Machine {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium,
    webgl,
    load: [loadAtStart, loadAverage()],
  };
}

export function machineMarkdown(m: Machine): string {
  const software = /swiftshader/i.test(m.webgl)
    ? 'WebGL runs in software (SwiftShader, no GPU): drawing costs far more CPU than on a ' +
      'laptop with a GPU, so absolute times are pessimistic; the ratios are what to compare.'
    : 'WebGL renderer as reported above.';
  return [
    `- Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; ` +
      `1-minute load average ${m.load[0].toFixed(1)} at the start, ${m.load[1].toFixed(1)} at ` +
      'the end (other work shares these cores: compare the pages with each other, not runs).',
    `- Browser: Chromium ${m.chromium} (headless, playwright-core)`,
    `- WebGL: ${m.webgl}`,
    `- ${software}`,
  ].join('\n');
}
