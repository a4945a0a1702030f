// AMR in 3GP/MP4: phones and dictaphones store several AMR frames in one sample (e.g. ten, 200 ms).
// Each frame becomes a packet, as in a .amr file (its header byte included, RFC 4867 §5.3), so a
// remux between .amr and .3gp has the same packets whatever the sample grouping. The sample tables
// are expanded without reading media bytes, so samples are held here and split once their bytes
// can be read (after the moov or each moof).
import { amrFrameBytes } from './amr-packets.ts';
import type { PacketCollector } from './packet-collector.ts';
import type { SourceReader } from './source-reader.ts';

const FRAME_SECONDS = 0.02;

export class AmrSampleSplitter {
  private pending: number[] = [];

  constructor(private readonly wide: boolean) {}

  static forCodec(codec: string): AmrSampleSplitter | null {
    return codec === 'amr-nb' || codec === 'amr-wb' ? new AmrSampleSplitter(codec === 'amr-wb') : null;
  }

  /** Holds a sample (already checked to lie inside the file) until flush(). */
  hold(offset: number, size: number, time: number): void {
    this.pending.push(offset, size, time);
  }

  /** Adds the frames of every held sample; false when the packet cap stopped it. */
  async flush(reader: SourceReader, out: PacketCollector): Promise<boolean> {
    const samples = this.pending;
    this.pending = [];
    for (let s = 0; s < samples.length; s += 3) {
      const offset = samples[s]!;
      const size = samples[s + 1]!;
      const time = samples[s + 2]!;
      reader.step(offset);
      const bytes = await reader.bytes(offset, size);
      for (let at = 0, k = 0; at < size; k++) {
        reader.step(offset + at);
        const frame = amrFrameBytes(bytes[at]!, this.wide);
        if (frame < 0 || at + frame > size) reader.fail(offset + at, 'an AMR sample holds a malformed frame');
        if (!out.add(offset + at, frame, time + k * FRAME_SECONDS, FRAME_SECONDS)) return false;
        at += frame;
      }
    }
    return true;
  }
}
