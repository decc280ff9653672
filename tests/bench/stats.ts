import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` once per input, after a warm-up pass over the first `warmup` inputs, and returns each duration in ms. */
export async function timeEach<T>(inputs: T[], fn: (input: T) => unknown, warmup = 10): Promise<number[]> {
  for (const input of inputs.slice(0, warmup)) await fn(input);
  const times: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await fn(input);
    times.push(performance.now() - start);
  }
  return times;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export const ms = (v: number) => `${v.toFixed(2)} ms`;
