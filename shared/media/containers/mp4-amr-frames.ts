// AMR in 3GP/MP4: phones and dictaphones store several AMR frames in one sample (e.g. ten, 200 ms).
// Each frame becomes a packet, as in a .amr file (its header byte included, RFC 4867 §5.3), so a
// remux between .amr and .3gp has the same packets whatever the sample grouping. The sample tables
// are expanded without reading media bytes, so samples are held here and split once their bytes
// can be read (after the moov or each moof). Held samples count against the packet cap and their
// bytes against the file's size, as packets do, so a table listing billions cannot fill memory.
import { amrFrameBytes } from './amr-packets.ts';
import type { PacketCollector } from '../packets/packet-collector.ts';
import type { SourceReader } from '../source-reader.ts';

const FRAME_SECONDS = 0.02;

export class AmrSampleSplitter {
  private pending: number[] = [];
  private heldBytes = 0;

  constructor(
    private readonly wide: boolean,
    private readonly reader: SourceReader,
    private readonly out: PacketCollector,
  ) {}

  static forCodec(codec: string, reader: SourceReader, out: PacketCollector): AmrSampleSplitter | null {
    return codec === 'amr-nb' || codec === 'amr-wb' ? new AmrSampleSplitter(codec === 'amr-wb', reader, out) : null;
  }

  /** Holds a sample (already checked to lie inside the file) until flush(); false when the packet cap is reached. */
  hold(offset: number, size: number, time: number): boolean {
    if (this.pending.length / 3 + this.out.packets.length >= this.out.cap) {
      this.out.truncated = true;
      return false;
    }
    this.heldBytes += size;
    if (this.heldBytes > this.reader.size) this.reader.fail(offset, `the sample table claims more than the ${this.reader.size} bytes the file holds (samples overlap)`);
    this.pending.push(offset, size, time);
    return true;
  }

  /** Adds the frames of every held sample; false when the packet cap stopped it. */
  async flush(): Promise<boolean> {
    const { reader, out } = this;
    const samples = this.pending;
    this.pending = [];
    this.heldBytes = 0;
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
