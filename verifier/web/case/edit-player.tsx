// Hear each edit: one player per side, playing the chosen file itself (an object URL; nothing is
// read from elsewhere) from a stretch's start and stopped at its end. Per edit, buttons play the
// original around the edit and the copy around the join, and A/B switches to the same moment on
// the other side. Video files play in a <video>, so the picture is shown.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Range } from '../../../shared/compare/report.ts';
import type { EditWindows } from '../../../shared/case/edit-windows.ts';
import type { CaseMessages } from './case-messages.ts';

export type PlayerSide = 'original' | 'copy';

interface Playing {
  side: PlayerSide;
  edit: number;
}

function useObjectUrl(file: File | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) return setUrl(null);
    const made = URL.createObjectURL(file);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  return url;
}

export interface EditPlayer {
  playing: Playing | null;
  play(side: PlayerSide, edit: number, offset?: number): void;
  switchSide(): void;
  stop(): void;
  elements: preact.JSX.Element;
}

export function useEditPlayer(files: Record<PlayerSide, File | null>, windows: readonly EditWindows[], t: CaseMessages): EditPlayer {
  const urls = { original: useObjectUrl(files.original), copy: useObjectUrl(files.copy) };
  const media = { original: useRef<HTMLMediaElement>(null), copy: useRef<HTMLMediaElement>(null) };
  const [playing, setPlaying] = useState<Playing | null>(null);
  const end = useRef<number>(0);

  const stop = (): void => {
    media.original.current?.pause();
    media.copy.current?.pause();
    setPlaying(null);
  };
  const play = (side: PlayerSide, edit: number, offset = 0): void => {
    const stretch: Range | undefined = windows[edit]?.[side]?.window;
    const element = media[side].current;
    if (!stretch || !element) return;
    stop();
    end.current = stretch[1];
    element.currentTime = Math.min(stretch[1], stretch[0] + offset);
    setPlaying({ side, edit });
    void element.play().catch(() => setPlaying(null));
  };
  const switchSide = (): void => {
    if (!playing) return;
    const from = windows[playing.edit]?.[playing.side]?.window;
    const element = media[playing.side].current;
    const other: PlayerSide = playing.side === 'original' ? 'copy' : 'original';
    if (!from || !element || !windows[playing.edit]?.[other] || !files[other]) return;
    play(other, playing.edit, element.currentTime - from[0]);
  };
  const onTime = (side: PlayerSide) => (): void => {
    const element = media[side].current;
    if (element && playing?.side === side && element.currentTime >= end.current) {
      element.pause();
      setPlaying(null);
    }
  };
  const element = (side: PlayerSide, label: string) => {
    const file = files[side];
    const url = urls[side];
    if (!file || !url) return null;
    const props = { id: `case-player-${side}`, src: url, preload: 'auto' as const, 'aria-label': label, onTimeUpdate: onTime(side), onEnded: () => setPlaying(null) };
    return file.type.startsWith('video/') ? <video ref={media[side] as preact.RefObject<HTMLVideoElement>} {...props} class="case-video" /> : <audio ref={media[side] as preact.RefObject<HTMLAudioElement>} {...props} />;
  };
  return {
    playing,
    play,
    switchSide,
    stop,
    elements: (
      <div class="case-players">
        {element('original', t.playOriginal)}
        {element('copy', t.playCopy)}
      </div>
    ),
  };
}

interface ControlsProps {
  player: EditPlayer;
  edit: number;
  windows: EditWindows;
  canPlay: Record<PlayerSide, boolean>;
  t: CaseMessages;
}

export function EditPlayControls({ player, edit, windows, canPlay, t }: ControlsProps) {
  const here = player.playing?.edit === edit ? player.playing.side : null;
  return (
    <div class="edit-play no-print" role="group" aria-label={t.edit(edit + 1, '')}>
      <button type="button" data-testid={`play-original-${edit}`} disabled={!canPlay.original || !windows.original} aria-pressed={here === 'original'} onClick={() => player.play('original', edit)}>
        ▶ {t.playOriginal}
      </button>
      <button type="button" data-testid={`play-copy-${edit}`} disabled={!canPlay.copy || !windows.copy} aria-pressed={here === 'copy'} onClick={() => player.play('copy', edit)}>
        ▶ {t.playCopy}
      </button>
      <button type="button" data-testid={`switch-${edit}`} disabled={here === null || !canPlay.original || !canPlay.copy} onClick={player.switchSide}>
        {t.switchAB}
      </button>
      <button type="button" data-testid={`stop-${edit}`} disabled={here === null} onClick={player.stop}>
        ■ {t.stop}
      </button>
      <span role="status" class="hint">
        {here ? t.playing(here === 'original' ? 'A' : 'B') : ''}
      </span>
    </div>
  );
}
