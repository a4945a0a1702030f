// The packet layer as a comparison layer (shared/compare/layer.ts): each side's packet table comes
// from its fingerprint file's `packets` section, or is read from the file itself (`packets: null`
// says the file was looked at already and has none to compare). It answers only
// when packets can decide; otherwise (no table, malformed container, re-encoded copy) it returns
// null and the next layer is asked. WAV is left to the byte layer: its header places edits to the
// sample, where the packet layer's stand-in packets are 1024-frame blocks.
import type { CompareInput, CompareLayer } from '../../compare/layer.ts';
import type { CompareReport } from '../../compare/report.ts';
import { summary } from '../../compare/summary.ts';
import { MediaError } from '../media-error.ts';
import { comparePackets } from './packet-compare.ts';
import { packetLayer } from './packet-layer.ts';
import { readPacketSection } from './packet-section.ts';
import type { PacketTable } from './packet-table.ts';

function isPacketTable(value: unknown): value is PacketTable {
  return typeof value === 'object' && value !== null && (value as { hashes?: unknown }).hashes instanceof Uint8Array;
}

/** From the fingerprint's section (kept raw, or already read by readPacketSection as its validator), or from the file. */
async function tableOf(input: CompareInput): Promise<PacketTable | null> {
  const section = input.fingerprint.packets;
  if (section === null) return null;
  if (section !== undefined) return isPacketTable(section) ? section : readPacketSection(section);
  if (!input.source) return null;
  try {
    return (await packetLayer(input.source)).table;
  } catch (error) {
    if (error instanceof MediaError) return null;
    throw error;
  }
}

export const packetCompareLayer: CompareLayer = {
  basis: 'packets',
  async compare(original, copy): Promise<CompareReport | null> {
    if (original.fingerprint.file.wav || copy.fingerprint.file.wav) return null;
    const a = await tableOf(original);
    const b = a && (await tableOf(copy));
    if (!a || !b) return null;
    const result = comparePackets(a, b);
    if (!result.decided) return null;
    // Packet boundaries are where lossless edits happen, so the ranges are exact.
    return { ...result.report, original: summary(original.fingerprint), copy: summary(copy.fingerprint), resolution: 0 };
  },
};
