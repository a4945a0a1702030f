// For the benchmark: with OPNAMEPACT_REPORT_RSS=1 the CLI prints its peak resident memory to stderr
// as "peak-rss-kib <n>", so bench/run.mjs measures the process itself, worker included.

export function reportPeakMemory(): void {
  if (process.env.OPNAMEPACT_REPORT_RSS === '1') process.stderr.write(`peak-rss-kib ${process.resourceUsage().maxRSS}\n`);
}
