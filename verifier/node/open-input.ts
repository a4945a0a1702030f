// Opens a file the user named, turning every way it can fail into an InputError that says which
// file and what is wrong (missing, a directory, empty, unreadable), never a stack trace.
import { open, stat, type FileHandle } from 'node:fs/promises';
import { InputError } from './input-error.ts';

export interface OpenedInput {
  path: string;
  handle: FileHandle;
  size: number;
}

export async function openInput(path: string): Promise<OpenedInput> {
  const info = await stat(path).catch((e: unknown) => {
    throw new InputError(path, describeFsError(e));
  });
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (!info.isFile()) throw new InputError(path, 'is not a regular file');
  if (info.size === 0) throw new InputError(path, 'is empty');
  const handle = await open(path, 'r').catch((e: unknown) => {
    throw new InputError(path, describeFsError(e));
  });
  return { path, handle, size: info.size };
}

/** Reads up to `length` bytes at `offset`, looping over short reads; shorter only at the end. */
export async function readAt(input: OpenedInput, offset: number, length: number, into?: Uint8Array): Promise<Uint8Array> {
  const target = into ?? new Uint8Array(Math.max(0, Math.min(length, input.size - offset)));
  let done = 0;
  while (done < target.length) {
    const { bytesRead } = await input.handle.read(target, done, target.length - done, offset + done).catch((e: unknown) => {
      throw new InputError(input.path, describeFsError(e));
    });
    if (bytesRead === 0) throw new InputError(input.path, 'changed while it was being read (it became shorter)');
    done += bytesRead;
  }
  return target;
}

function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EIO':
      return 'cannot be read (input/output error)';
    default:
      return `cannot be read (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}
