// Figures as the app benchmark prints them: the median of the runs with their range, beside the
// baseline measured in the same run, and the ratio.

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export type Unit = 'ms' | 'kB' | 'MiB' | '%';

export function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'kB') return `${(value / 1000).toFixed(1)} kB`;
  if (unit === 'MiB') return `${value.toFixed(0)} MiB`;
  if (unit === '%') return `${(value * 100).toFixed(2)} %`;
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;
}

function spread(values: readonly number[], unit: Unit): string {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length < 2) return '';
  return ` (${format(Math.min(...finite), unit)}–${format(Math.max(...finite), unit)})`;
}

export interface Baseline {
  label: string;
  values: readonly number[];
}

/** One printed line: label, our median (range), the baseline's median, the ratio, and the target. */
export function line(label: string, values: readonly number[], unit: Unit, baseline?: Baseline, target?: string): string {
  const ours = median(values);
  let text = `  ${label.padEnd(44)} ${(format(ours, unit) + spread(values, unit)).padEnd(30)}`;
  if (baseline) {
    const base = median(baseline.values);
    text += ` ${baseline.label}: ${format(base, unit)}${spread(baseline.values, unit)}  ×${(ours / base).toFixed(2)}`;
  }
  if (target) text += `   [target ${target}]`;
  return text;
}

/** The arguments after `npm run bench -- app`, as --name=value (or --flag). */
export function options(argv: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const arg of argv) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(arg);
    if (m) found.set(m[1]!, m[2] ?? 'true');
  }
  return found;
}
