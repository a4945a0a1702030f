// `npm run demo`'s script on the built CLI: one cut and one move, against the original file and
// against its fingerprint file alone.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DEMO = fileURLToPath(new URL('../../scripts/demo.mjs', import.meta.url));

describe('npm run demo', () => {
  it('shows one cut and one move both times', () => {
    const out = execFileSync(process.execPath, [DEMO], { encoding: 'utf8' });
    const [fromFile, fromFingerprint] = out.split('$ opnamepact compare ').slice(1);
    expect(fromFile).toMatch(/\n2 wijzigingen \(tijden als mm:ss\.s\):\n {2}1\. verplaatst: 00:40\.0–00:45\.0 van het origineel staat in de kopie op 00:10\.0–00:15\.0 \[bytes, exact\]\n {2}2\. verwijderd: 00:20\.0–00:25\.0 van het origineel \(5,0 s\) ontbreekt in de kopie \[bytes, exact\]\n/);
    expect(fromFingerprint).toMatch(/fingerprint\.json .*--lang en/);
    expect(fromFingerprint).toMatch(/\n2 edits \(times as mm:ss\.s\):\n {2}1\. moved: 00:40\.0–00:45\.0 of the original is at 00:10\.0–00:15\.0 in the copy \[bytes, ± 0\.02 s\]\n {2}2\. removed: 00:20\.0–00:25\.0 of the original \(5\.0 s\) is missing from the copy \[bytes, ± 0\.02 s\]\n/);
  });
});
