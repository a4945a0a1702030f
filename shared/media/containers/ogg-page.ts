// Ogg pages (RFC 3533): a 27-byte header, a lacing table and the segments it sizes. The CRC-32 of
// every page is checked, so a damaged page is reported where it is instead of yielding wrong packets.
import { ascii, u32le, type SourceReader } from '../source-reader.ts';

export interface OggPage {
  offset: number;
  /** Header plus lacing table. */
  headerLength: number;
  size: number;
  serial: number;
  /** -1 when no packet ends on this page. */
  granule: number;
  lacing: Uint8Array;
  /** The stream's first page (beginning-of-stream flag). */
  first: boolean;
  /** The stream's last page (end-of-stream flag). */
  last: boolean;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let k = 0; k < 8; k++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

export function oggCrc(page: Uint8Array): number {
  let crc = 0;
  for (let i = 0; i < page.length; i++) {
    const byte = i >= 22 && i < 26 ? 0 : page[i]!;
    crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  }
  return crc;
}

export async function readOggPage(reader: SourceReader, offset: number): Promise<OggPage> {
  const head = await reader.bytes(offset, 27);
  if (ascii(head, 0, 4) !== 'OggS') reader.fail(offset, 'expected an Ogg page ("OggS")');
  if (head[4] !== 0) reader.fail(offset, `unknown Ogg version ${head[4]}`);
  const segments = head[26]!;
  const lacing = (await reader.bytes(offset + 27, segments)).slice();
  let body = 0;
  for (const l of lacing) body += l;
  const size = 27 + segments + body;
  const page = await reader.bytes(offset, size);
  if (oggCrc(page) !== u32le(head, 22)) reader.fail(offset, 'Ogg page CRC does not match');
  const low = u32le(head, 6);
  const high = u32le(head, 10);
  const granule = high === 0xffffffff && low === 0xffffffff ? -1 : high * 2 ** 32 + low;
  return { offset, headerLength: 27 + segments, size, serial: u32le(head, 14), granule, lacing, first: (head[5]! & 2) !== 0, last: (head[5]! & 4) !== 0 };
}
