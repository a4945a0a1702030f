// Events that an embedded Jitsi or Whereby room posts to the page that embeds it (a care platform
// on its own domain). Pure: parsing the message envelopes and folding them into cues. They are
// hints like any DOM cue: a page can forge them, so they never count for more than a reminder.
import type { HintKind } from '../platforms/types.ts';
import type { Cue } from './cue.ts';

export type EmbedEvent =
  | { api: 'jitsi' | 'whereby'; kind: 'joined' | 'left' | 'ended' }
  | { api: 'jitsi'; kind: 'recording'; on: boolean };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Jitsi's IFrame API posts a JSON string through postis: `{postis: true, scope:
 * "jitsi_meet_external_api_<id>", method: "message", params: {type: "event", data: {name, …}}}`
 * (VERIFIED: jitsi/js-utils transport/Transport.js sendEvent and postis send, event names from
 * jitsi/jitsi-meet modules/API/API.js, read 2026-12-07).
 */
function jitsiEvent(data: unknown): EmbedEvent | null {
  if (typeof data !== 'string' || !data.includes('"postis"')) return null;
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isRecord(message) || message.postis !== true || typeof message.scope !== 'string' || !message.scope.startsWith('jitsi_meet_external_api')) return null;
  const params = message.params;
  if (!isRecord(params) || params.type !== 'event' || !isRecord(params.data)) return null;
  const event = params.data;
  switch (event.name) {
    case 'video-conference-joined':
      return { api: 'jitsi', kind: 'joined' };
    case 'video-conference-left':
      return { api: 'jitsi', kind: 'left' };
    case 'recording-status-changed':
      return typeof event.on === 'boolean' ? { api: 'jitsi', kind: 'recording', on: event.on } : null;
    default:
      return null;
  }
}

/**
 * Whereby's embed element receives `{type, payload}` objects from its iframe (VERIFIED:
 * whereby/sdk packages/browser-sdk/src/lib/embed/index.ts onmessage, commit 05d769df, read
 * 2026-12-07). No recording event exists there.
 */
function wherebyEvent(data: unknown): EmbedEvent | null {
  if (!isRecord(data) || typeof data.type !== 'string') return null;
  switch (data.type) {
    case 'join':
      return { api: 'whereby', kind: 'joined' };
    case 'leave':
      return { api: 'whereby', kind: 'left' };
    case 'meeting_end':
      return { api: 'whereby', kind: 'ended' };
    default:
      return null;
  }
}

export function parseEmbedEvent(data: unknown): EmbedEvent | null {
  return jitsiEvent(data) ?? wherebyEvent(data);
}

/** What the embedded room last told: whether it is joined, over, and its recording status. */
export interface EmbedState {
  joined: EmbedEvent | null;
  over: EmbedEvent | null;
  recording: boolean | null;
}

export const NO_EMBED: EmbedState = { joined: null, over: null, recording: null };

export function foldEmbedEvent(state: EmbedState, event: EmbedEvent): EmbedState {
  switch (event.kind) {
    case 'joined':
      return { joined: event, over: null, recording: null };
    case 'left':
    case 'ended':
      return { joined: null, over: event, recording: null };
    case 'recording':
      return { ...state, recording: event.on };
  }
}

function embedCue(kind: HintKind, api: string, what: string): Cue {
  return { kind, source: 'VERIFIED', fallback: false, label: `${api} iframe api · ${what}` };
}

/** The embed's state as cues, merged with the page's own like any other. */
export function embedCues(state: EmbedState): Partial<Record<HintKind, Cue>> {
  const cues: Partial<Record<HintKind, Cue>> = {};
  if (state.joined !== null) cues.admitted = embedCue('admitted', state.joined.api, 'joined');
  if (state.over !== null) cues.ended = embedCue('ended', state.over.api, state.over.kind);
  if (state.recording === true) cues.recording = embedCue('recording', 'jitsi', 'recording-status-changed on');
  if (state.recording === false) cues.recordingStopped = embedCue('recordingStopped', 'jitsi', 'recording-status-changed off');
  return cues;
}
