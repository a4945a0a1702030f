// node:crypto SHA-256 as the packet layer's CreateHash: several times faster than the portable
// hash in shared/, with identical digests.
import { createHash } from 'node:crypto';
import type { CreateHash } from '../../shared/media/packet-hash.ts';

export const nodeSha256: CreateHash = () => {
  const hash = createHash('sha256');
  return {
    update: (bytes: Uint8Array) => hash.update(bytes),
    digest: () => new Uint8Array(hash.digest()),
  };
};
