// Consent log bench in real Chromium IndexedDB: append 10,000 entries one transaction each (the
// extension's path), then export, serialise and verify them in the page. Reports time, JS heap
// and IndexedDB size. Usage: node bench/log-append.mjs [entries]. Prints a table and one JSON line.
// The browser helpers are the e2e tests' own (tests/e2e/log/browser.ts), bundled here with esbuild.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const COUNT = Number(process.argv[2] ?? 10_000);
const OUT = `${ROOT}tests/.generated/log/bench`;

await mkdir(OUT, { recursive: true });
const bundle = (entry, name) =>
  build({
    entryPoints: [`${ROOT}${entry}`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: `${OUT}/${name}.mjs`,
    logLevel: 'error',
    // The helpers find the harness next to their source file, not next to this bundle.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(`${ROOT}${entry}`).href) },
  });
await bundle('tests/e2e/log/browser.ts', 'browser');
await bundle('tests/e2e/log/drafts.ts', 'drafts');
const { buildHarness, serveHarness, launchChromium, openHarness, call } = await import(pathToFileURL(`${OUT}/browser.mjs`).href);
const { tagged } = await import(pathToFileURL(`${OUT}/drafts.mjs`).href);

const mib = (bytes) => (bytes / 1048576).toFixed(1);

await buildHarness();
const server = await serveHarness();
const browser = await launchChromium();
try {
  const page = await openHarness(browser, server.origin, 'bench');
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
  };
  const heapBefore = await heap();
  const drafts = tagged('bench', COUNT, 1);
  const appended = await call(page, 'appendAll', drafts);
  if (appended.failure) throw new Error(`append ${appended.written} failed: ${appended.failure.message}`);
  const heapAfterAppend = await heap();
  const exported = await call(page, 'timeExport', new Date().toISOString());
  if (!exported.ok) throw new Error('the exported log did not verify');
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const heapPeak = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapTotalSize').value;

  const result = {
    entries: COUNT,
    appendMs: Math.round(appended.ms),
    appendPerEntryMs: +(appended.ms / COUNT).toFixed(3),
    exportMs: Math.round(exported.exportMs),
    stringifyMs: Math.round(exported.stringifyMs),
    verifyMs: Math.round(exported.verifyMs),
    exportBytes: exported.bytes,
    heapBeforeMiB: +mib(heapBefore),
    heapAfterAppendMiB: +mib(heapAfterAppend),
    heapTotalAfterExportMiB: +mib(heapPeak),
    indexedDbMiB: +mib(usage),
  };
  console.log(`consent log, ${COUNT} entries, Chromium (${await browser.version()})`);
  console.log(`  append (one transaction each)  ${result.appendMs} ms  (${result.appendPerEntryMs} ms/entry)`);
  console.log(`  export (getAll + build)        ${result.exportMs} ms`);
  console.log(`  JSON.stringify                 ${result.stringifyMs} ms  (${mib(result.exportBytes)} MiB)`);
  console.log(`  verify (parse + chain)         ${result.verifyMs} ms`);
  console.log(`  JS heap used  before ${result.heapBeforeMiB} MiB, after append ${result.heapAfterAppendMiB} MiB; heap total after export ${result.heapTotalAfterExportMiB} MiB`);
  console.log(`  IndexedDB usage                ${result.indexedDbMiB} MiB`);
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await server.close();
}
