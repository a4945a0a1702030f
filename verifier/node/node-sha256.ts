// node:crypto SHA-256 as the packet layer's hash function: several times faster than the portable
// hash in shared/, with identical digests. Its one-shot hash() skips the Hash object that
// createHash() makes, which for a hundred thousand small packets is most of the cost.
import { createHash, hash } from 'node:crypto';
import type { HashFunction } from '../../shared/media/packet-hash.ts';

export const nodeSha256: HashFunction = {
  create: () => {
    const state = createHash('sha256');
    return {
      update: (bytes: Uint8Array) => state.update(bytes),
      digest: () => new Uint8Array(state.digest()),
    };
  },
  once: (bytes) => hash('sha256', bytes, 'buffer'),
};
