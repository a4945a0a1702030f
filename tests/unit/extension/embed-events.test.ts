import { describe, expect, test } from 'vitest';
import { embedCues, foldEmbedEvent, NO_EMBED, parseEmbedEvent } from '../../../extension/detect/embed-events.ts';

/** What Jitsi's IFrame API posts: a postis JSON string around a transport event. */
function jitsi(data: Record<string, unknown>, scope = 'jitsi_meet_external_api_0'): string {
  return JSON.stringify({ postis: true, scope, method: 'message', params: { type: 'event', data } });
}

describe('IFrame API events of embedded rooms', () => {
  test('Jitsi: joined, recording on and off, left', () => {
    expect(parseEmbedEvent(jitsi({ name: 'video-conference-joined', roomName: 'overleg', id: 'abc' }))).toEqual({ api: 'jitsi', kind: 'joined' });
    expect(parseEmbedEvent(jitsi({ name: 'recording-status-changed', on: true, mode: 'file' }))).toEqual({ api: 'jitsi', kind: 'recording', on: true });
    expect(parseEmbedEvent(jitsi({ name: 'recording-status-changed', on: false, mode: 'file' }))).toEqual({ api: 'jitsi', kind: 'recording', on: false });
    expect(parseEmbedEvent(jitsi({ name: 'video-conference-left', roomName: 'overleg' }))).toEqual({ api: 'jitsi', kind: 'left' });
  });

  test('Whereby: join, leave, meeting_end', () => {
    expect(parseEmbedEvent({ type: 'join', payload: {} })).toEqual({ api: 'whereby', kind: 'joined' });
    expect(parseEmbedEvent({ type: 'leave', payload: { removed: false } })).toEqual({ api: 'whereby', kind: 'left' });
    expect(parseEmbedEvent({ type: 'meeting_end' })).toEqual({ api: 'whereby', kind: 'ended' });
  });

  test('anything else is ignored', () => {
    for (const data of [
      'hello',
      '{"postis":true',
      jitsi({ name: 'recording-status-changed', on: 'yes' }),
      jitsi({ name: 'video-conference-joined' }, 'other_scope'),
      JSON.stringify({ postis: true, scope: 'jitsi_meet_external_api_0', method: 'message', params: { type: 'request', data: { name: 'video-conference-joined' } } }),
      { type: 'participantupdate', payload: { count: 2 } },
      null,
      42,
    ]) {
      expect(parseEmbedEvent(data)).toBeNull();
    }
  });

  test('folded into cues: joined admits, recording latches through the DOM-like cues, leaving ends', () => {
    let state = NO_EMBED;
    for (const data of [jitsi({ name: 'video-conference-joined' }), jitsi({ name: 'recording-status-changed', on: true })]) {
      const event = parseEmbedEvent(data);
      if (event !== null) state = foldEmbedEvent(state, event);
    }
    expect(Object.keys(embedCues(state))).toEqual(['admitted', 'recording']);
    expect(embedCues(state).recording?.label).toBe('jitsi iframe api · recording-status-changed on');
    state = foldEmbedEvent(state, { api: 'jitsi', kind: 'left' });
    expect(Object.keys(embedCues(state))).toEqual(['ended']);
  });
});
