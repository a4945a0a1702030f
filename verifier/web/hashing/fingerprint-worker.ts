// The fingerprint worker: streams a File (File.stream(), never the whole file in memory) into the
// code worker's few buffers, runs each block through the content-defined chunker and hashes each
// chunk with WebCrypto; the block then goes on to the code worker for the whole-file SHA-256, which
// runs on the other core, and (for containers other than WAV) a copy through the packet layer. The
// result equals the shared core's exactly (tested in e2e).
import { CHUNKING } from '../../../shared/fingerprint/chunk-params.ts';
import { Chunker } from '../../../shared/fingerprint/chunker.ts';
import { chunkBoundaries, describeFile, HEAD_CAPTURE_BYTES } from '../../../shared/fingerprint/describe-file.ts';
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';
import { writeTrackSection } from '../../../shared/media/packets/track-section.ts';
import { WavHeaderError } from '../../../shared/media/containers/wav-header.ts';
import { ChunkDigests } from './chunk-digests.ts';
import { CodeClient } from './code-client.ts';
import { startPacketPass } from './packet-pass.ts';
import { fileSource, readPieces } from './read-pieces.ts';
import { toTransfer, transferables, type MediaTransfer } from './media-transfer.ts';
import type { FingerprintReply, FingerprintRequest } from './worker-messages.ts';

const PROGRESS_EVERY_BYTES = 16 * 1024 * 1024;

const post = (reply: FingerprintReply, transfer: Transferable[] = []): void => postMessage(reply, transfer);

onmessage = async (event: MessageEvent<FingerprintRequest>) => {
  const { file, code } = event.data;
  try {
    const { fingerprint, media, packetProblem } = await fingerprintFile(file, new CodeClient(code));
    post({ type: 'done', fingerprint, media, packetProblem }, media ? transferables(media) : []);
  } catch (e) {
    const problem = e instanceof WavHeaderError ? e.message : `cannot be read (${e instanceof Error ? e.message : String(e)})`;
    post({ type: 'error', message: `${file.name}: ${problem}` });
  }
};

async function fingerprintFile(file: File, whole: CodeClient): Promise<{ fingerprint: Fingerprint; media: MediaTransfer | null; packetProblem: string | null }> {
  if (file.size === 0) throw new Error('the file is empty');
  const head = new Uint8Array(await file.slice(0, HEAD_CAPTURE_BYTES).arrayBuffer());
  const description = describeFile(head, file.size);
  const chunker = new Chunker(chunkBoundaries(description, file.size));
  const packetPass = startPacketPass(file, head, description);
  const chunks = new ChunkDigests();
  let offset = 0;
  let reported = 0;
  for await (const block of readPieces(fileSource(file), () => whole.take())) {
    const digesting = chunks.update(block, chunker.update(block));
    offset += block.length;
    // The packet layer keeps pieces a while, and this block's buffer goes on to the code worker: a copy.
    if (packetPass) await packetPass.update(block.slice());
    whole.update(block);
    await digesting;
    if (offset - reported >= PROGRESS_EVERY_BYTES) {
      reported = offset;
      post({ type: 'progress', done: offset, total: file.size });
    }
  }
  if (offset !== file.size) throw new Error(`it gave ${offset} bytes, but its size is ${file.size} (did it change while being read?)`);
  const chunkList = await chunks.finish(chunker.finish());
  post({ type: 'progress', done: offset, total: file.size });
  const { layer: media, problem: packetProblem } = packetPass ? await packetPass.finish() : { layer: null, problem: null };
  const fromMedia = media && media.result.packets.length > 0 ? { container: media.result.container, duration: media.result.duration } : null;
  const fingerprint: Fingerprint = {
    file: { name: file.name, bytes: file.size, sha256: await whole.digest(), ...description, ...fromMedia },
    chunking: { ...CHUNKING },
    chunks: chunkList,
  };
  if (media?.section) fingerprint.packets = media.section;
  // The picture and further sound tracks, read in the same pass (shared/media/packets/track-tables.ts).
  const tracks = media?.tracks ?? [];
  if (tracks.length > 0) fingerprint.tracks = writeTrackSection(tracks);
  return { fingerprint, media: media && media.result.packets.length > 0 ? toTransfer(media.result) : null, packetProblem };
}
