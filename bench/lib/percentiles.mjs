// Latency figures for a list of durations in milliseconds.
export function percentiles(durations) {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] };
}

export function formatPercentiles({ n, p50, p95, p99, max }) {
  const ms = (v) => `${v.toFixed(1)} ms`.padStart(9);
  return `n=${String(n).padEnd(4)} p50 ${ms(p50)}  p95 ${ms(p95)}  p99 ${ms(p99)}  max ${ms(max)}`;
}
