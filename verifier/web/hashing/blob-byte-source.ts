// A ByteSource over a File: the comparison reads the few ranges it needs by slicing, never the file.
import type { ByteSource } from '../../../shared/media/byte-source.ts';

export function blobByteSource(file: File): ByteSource {
  return {
    name: file.name,
    size: file.size,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  };
}
