// Saves the fingerprint file through a blob: link; nothing leaves the device.
import { writeFingerprintFile } from '../../../shared/fingerprint/fingerprint-file.ts';
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';

export function fingerprintFileName(recordingName: string): string {
  return `${recordingName}.fingerprint.json`;
}

export function downloadFingerprint(fingerprint: Fingerprint): void {
  saveJson(fingerprintFileName(fingerprint.file.name), writeFingerprintFile(fingerprint));
}

/** Saves `text` as a JSON file named `name` (also the case view's evidence bundle). */
export function saveJson(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
