// A ByteSource over an opened file: the comparison reads the few ranges it needs, never the file.
import type { ByteSource } from '../../shared/media/byte-source.ts';
import { readAt, type OpenedInput } from './open-input.ts';

export function fileByteSource(input: OpenedInput): ByteSource {
  return {
    name: input.path,
    size: input.size,
    read: (offset, length) => readAt(input, offset, length),
  };
}
