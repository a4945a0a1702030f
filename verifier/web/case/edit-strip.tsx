// A waveform strip of one side around an edit, drawn on a canvas with the edit marked (a shaded
// stretch, or a line at a join). Both sides' strips share a width and a seconds-per-pixel scale, so
// the stretch before the edit lines up above and below.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditKind } from '../../../shared/compare/report.ts';
import type { SideWindow } from '../../../shared/case/edit-windows.ts';
import { decodedSound, peaks } from './edit-strip-audio.ts';
import { KIND_COLOURS } from '../compare/timeline.tsx';

export const STRIP_WIDTH = 640;
const STRIP_HEIGHT = 56;

interface Props {
  file: File;
  side: SideWindow;
  /** Seconds per pixel, the same for both sides of an edit. */
  scale: number;
  kind: EditKind;
  label: string;
  testId: string;
}

export function EditStrip({ file, side, scale, kind, label, testId }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'drawing' | 'drawn' | 'none'>('drawing');
  useEffect(() => {
    let current = true;
    void decodedSound(file).then((sound) => {
      const context = canvas.current?.getContext('2d');
      if (!current || !context) return;
      if (!sound) return setState('none');
      const [start, end] = side.window;
      const columns = Math.max(1, Math.min(STRIP_WIDTH, Math.round((end - start) / scale)));
      const x = (t: number): number => (t - start) / scale;
      context.clearRect(0, 0, STRIP_WIDTH, STRIP_HEIGHT);
      context.fillStyle = KIND_COLOURS[kind];
      context.globalAlpha = 0.3;
      const [m0, m1] = side.mark;
      context.fillRect(x(m0), 0, Math.max(2, x(m1) - x(m0)), STRIP_HEIGHT);
      context.globalAlpha = 1;
      context.fillRect(x(m0) - 1, 0, 2, STRIP_HEIGHT);
      if (m1 > m0) context.fillRect(x(m1) - 1, 0, 2, STRIP_HEIGHT);
      context.fillStyle = '#1b1f24';
      const middle = STRIP_HEIGHT / 2;
      peaks(sound, side.window, columns).forEach(([low, high], c) => {
        context.fillRect(c, middle - high * middle, 1, Math.max(1, (high - low) * middle));
      });
      setState('drawn');
    });
    return () => {
      current = false;
    };
  }, [file, side, scale, kind]);
  return (
    <figure class="strip">
      <canvas ref={canvas} width={STRIP_WIDTH} height={STRIP_HEIGHT} role="img" aria-label={label} data-testid={testId} data-state={state} data-window={side.window.join(' ')} />
    </figure>
  );
}
