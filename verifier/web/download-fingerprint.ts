// Saves the fingerprint file through a blob: link; nothing leaves the device.
import { writeFingerprintFile } from '../../shared/fingerprint/fingerprint-file.ts';
import type { Fingerprint } from '../../shared/fingerprint/fingerprint.ts';

export function fingerprintFileName(recordingName: string): string {
  return `${recordingName}.fingerprint.json`;
}

export function downloadFingerprint(fingerprint: Fingerprint): void {
  const url = URL.createObjectURL(new Blob([writeFingerprintFile(fingerprint)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fingerprintFileName(fingerprint.file.name);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
