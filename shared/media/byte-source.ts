// Random access to a file's bytes without holding the file: Node opens a file handle, the browser
// slices a Blob. Container readers take this, so a 4 GB video is read in pieces.
export interface ByteSource {
  /** Shown in error messages: the file's name or path. */
  readonly name: string;
  readonly size: number;
  /** Reads up to `length` bytes at `offset`; shorter only at the end of the file. The caller may keep the result. */
  read(offset: number, length: number): Promise<Uint8Array>;
  /**
   * Optional: fills `into` with the bytes at `offset` and says how many there were (fewer only at the
   * end of the file). A reader can then reuse one buffer instead of taking a fresh one per read,
   * which for the tens of thousands of small reads of a long video saves most of the packet pass.
   */
  readInto?(offset: number, into: Uint8Array): Promise<number>;
}
