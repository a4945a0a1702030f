// Finding the next valid Ogg page after bytes that are not one (junk between pages, a damaged page,
// a cut). Each candidate "OggS" is checked whole (its CRC); the bytes those checks read are counted,
// and past a budget linear in the file the rest of the file counts as skipped, so a file made of
// page headers that each claim 64 KiB cannot make the search quadratic.
import { MediaError } from '../media-error.ts';
import { readOggPage, type OggPage } from './ogg-page.ts';
import { ascii, type SourceReader } from '../source-reader.ts';

/** Bytes of page checks allowed in searches: this plus twice the file. */
const SEARCH_BUDGET = 1 << 20;

export interface FoundPage {
  /** The page at or after the offset asked for; null when none follows. */
  page: OggPage | null;
  /** No page follows because the page at the offset asked for runs past the end of the file. */
  cutShort: boolean;
}

export class OggResync {
  private budget: number;

  constructor(private readonly reader: SourceReader) {
    this.budget = SEARCH_BUDGET + 2 * reader.size;
  }

  /** The valid page at `offset`, else the next one after it. */
  async pageAt(offset: number): Promise<FoundPage> {
    const here = await this.tryPage(offset);
    if (here) return { page: here, cutShort: false };
    if (await this.runsPastEnd(offset)) return { page: null, cutShort: true };
    for (let at = await this.nextCapture(offset + 1); at >= 0; at = await this.nextCapture(at + 1)) {
      const page = await this.tryPage(at);
      if (page) return { page, cutShort: false };
      if (this.budget <= 0) break;
    }
    return { page: null, cutShort: false };
  }

  private async tryPage(offset: number): Promise<OggPage | null> {
    try {
      const page = await readOggPage(this.reader, offset);
      this.budget -= page.size;
      return page;
    } catch (error) {
      if (!(error instanceof MediaError)) throw error;
      this.budget -= 27 + 255;
      return null;
    }
  }

  /** True when a page header at `offset` says the page ends beyond the file. */
  private async runsPastEnd(offset: number): Promise<boolean> {
    const head = await this.reader.peek(offset, 27);
    if (ascii(head, 0, 4) !== 'OggS') return false;
    if (head.length < 27) return true;
    const lacing = await this.reader.peek(offset + 27, head[26]!);
    let size = 27 + head[26]!;
    for (const l of lacing) size += l;
    return lacing.length < head[26]! || offset + size > this.reader.size;
  }

  /** Offset of the next "OggS" at or after `from`, or -1. */
  private async nextCapture(from: number): Promise<number> {
    for (let at = from; at + 4 <= this.reader.size; ) {
      this.reader.step(at);
      const piece = await this.reader.peek(at, 4096);
      if (piece.length < 4) return -1;
      for (let k = 0; k + 4 <= piece.length; k++) {
        if (piece[k] === 0x4f && piece[k + 1] === 0x67 && piece[k + 2] === 0x67 && piece[k + 3] === 0x53) return at + k;
      }
      at += piece.length - 3;
    }
    return -1;
  }
}
