// A file of random bytes for the benchmarks, made once and reused while its size is right.
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';

export function makeRandomFile(path, size) {
  if (existsSync(path) && statSync(path).size === size) return;
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(64 * 1024 * 1024);
  for (let done = 0; done < size; done += block.length) writeSync(fd, randomFillSync(block), 0, Math.min(block.length, size - done));
  closeSync(fd);
}
