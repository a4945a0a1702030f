// Random access to a file's bytes without holding the file: Node opens a file handle, the browser
// slices a Blob. Container readers take this, so a 4 GB video is read in pieces.
export interface ByteSource {
  /** Shown in error messages: the file's name or path. */
  readonly name: string;
  readonly size: number;
  /** Reads up to `length` bytes at `offset`; shorter only at the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
}
