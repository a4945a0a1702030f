// Computes a recording code off the page's main thread: streams the chosen file (File.stream(), so
// a recording of gigabytes never sits in memory) through the streaming recording code and reports
// progress about ten times a second.
import { RecordingCode } from '../../../shared/fingerprint/recording-code.ts';
import type { HashReply } from './hash-file.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage(message: HashReply): void;
}

const scope = self as unknown as WorkerScope;
const PROGRESS_EVERY_MS = 100;

async function hash(file: File): Promise<void> {
  const code = new RecordingCode();
  const reader = file.stream().getReader();
  let bytes = 0;
  let reported = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    code.update(value);
    bytes += value.length;
    if (Date.now() - reported >= PROGRESS_EVERY_MS) {
      reported = Date.now();
      scope.postMessage({ type: 'progress', bytes, total: file.size });
    }
  }
  scope.postMessage({ type: 'done', code: code.digest() });
}

scope.onmessage = (event) => {
  hash(event.data).catch((error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
