// Byte-layer edits placed in seconds through the container readers' byte→time maps.
import { describe, expect, it } from 'vitest';
import { editsToMediaSeconds } from '../../../shared/compare/media-time.ts';
import { createByteTimeMap } from '../../../shared/media/byte-time-map.ts';
import { PacketList } from '../../../shared/media/packets/packet-list.ts';

/** `count` packets of 100 bytes and 20 ms each from byte `start`, with `gap` bytes (video, say) between them. */
function packets(start: number, count: number, gap: number): PacketList {
  return PacketList.from(Array.from({ length: count }, (_, i) => ({ offset: start + i * (100 + gap), size: 100, time: i * 0.02, duration: 0.02 })));
}

describe('editsToMediaSeconds', () => {
  const original = createByteTimeMap(packets(1000, 500, 0));
  const copy = createByteTimeMap(packets(500, 400, 50));

  it('maps each side through its own map, to the packet', () => {
    expect(
      editsToMediaSeconds(
        [
          { kind: 'removed', original: [1000 + 100 * 100, 1000 + 200 * 100] },
          { kind: 'replaced', original: [1000 + 300 * 100, 1000 + 310 * 100], copy: [500 + 250 * 150, 500 + 260 * 150] },
        ],
        original,
        copy,
      ),
    ).toEqual([
      { kind: 'removed', original: [2, 4] },
      { kind: 'replaced', original: [6, 6.2], copy: [5, 5.2] },
    ]);
  });

  it('interpolates inside a packet', () => {
    expect(editsToMediaSeconds([{ kind: 'removed', original: [1050, 1150] }], original, copy)).toEqual([{ kind: 'removed', original: [0.01, 0.03] }]);
  });

  it('drops what lies outside the audio: a header, the bytes between two packets', () => {
    const between = 500 + 10 * 150 + 100;
    expect(
      editsToMediaSeconds(
        [
          { kind: 'removed', original: [0, 900] },
          { kind: 'inserted', copy: [between, between + 50], from: null },
        ],
        original,
        copy,
      ),
    ).toEqual([]);
  });

  it('a replaced range with only one side in the audio becomes removed or inserted', () => {
    const header: [number, number] = [0, 400];
    expect(
      editsToMediaSeconds(
        [
          { kind: 'replaced', original: [1000, 1200], copy: header },
          { kind: 'moved', original: header, copy: [500, 650] },
        ],
        original,
        copy,
      ),
    ).toEqual([
      { kind: 'removed', original: [0, 0.04] },
      { kind: 'inserted', copy: [0, 0.02], from: null },
    ]);
  });
});
