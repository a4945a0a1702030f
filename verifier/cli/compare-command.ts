// opnamepact compare <original|fingerprint.json> <copy> [--json]: exit 0 when identical or the same
// content in every track, 1 when edited or unrelated or a track could not be compared. Layers: packets, bytes, then audio (decoded only if needed).
import { byteLayer } from '../../shared/compare/byte-layer.ts';
import { compare } from '../../shared/compare/compare.ts';
import { packetCompareLayer } from '../../shared/media/packets/packet-compare-layer.ts';
import { compareReportText } from '../../shared/report/compare-text.ts';
import { expectFiles, type ParsedArgs } from './args.ts';
import { EXIT_DIFFERENT, EXIT_OK, type CliIo } from './cli-io.ts';
import { decodedSides, decoderUse, type CliCompareReport } from './decoder-use.ts';
import { lazyAudioLayer } from './lazy-audio-layer.ts';
import { loadSide, type LoadedSide } from './load-side.ts';
import { reportPeakMemory } from './peak-memory.ts';
import { unsandboxedText } from './unsandboxed-text.ts';

export async function compareCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [originalPath, copyPath] = expectFiles(args, 2, 'opnamepact compare <original|fingerprint.json> <copy> [--json]');
  const sides: LoadedSide[] = [];
  try {
    sides.push(await loadSide(originalPath!, io));
    sides.push(await loadSide(copyPath!, io));
    const layers = [packetCompareLayer, byteLayer, lazyAudioLayer(sides, io)];
    let report = await compare(sides[0]!, sides[1]!, layers);
    // A picture its packets cannot compare (re-encoded) is decoded, and compared by how it looks; a
    // further sound track so, by its sound.
    const picture = report.uncompared?.some((u) => u.track === 'picture');
    const sounds = report.uncompared?.map((u) => u.track).filter((track) => track.startsWith('sound ')) ?? [];
    if (picture || sounds.length > 0) {
      for (const side of sides) {
        if (picture) await side.loadPicture();
        if (sounds.length > 0) await side.loadTrackSound(sounds);
      }
      report = await compare(sides[0]!, sides[1]!, layers);
    }
    const decoder = decoderUse(decodedSides(sides));
    const warning = unsandboxedText(decoder, io.lang);
    const json: CliCompareReport = decoder ? { ...report, decoder } : report;
    io.out(args.json ? `${JSON.stringify(json, null, 2)}\n` : compareReportText(report, io.lang) + (warning ? `\n${warning}\n` : ''));
    reportPeakMemory();
    // A track not compared (the picture re-encoded, a fingerprint file without it) is no sameness.
    const same = report.verdict === 'identical' || (report.verdict === 'same-content' && !report.uncompared);
    return same ? EXIT_OK : EXIT_DIFFERENT;
  } finally {
    for (const side of sides) await side.close();
  }
}
