// Live media: a <video> or <audio> element playing a MediaStream with a live track. Call pages attach
// camera and remote streams this way; a recorded video file does not count.

function isLiveStream(source: unknown): boolean {
  if (source === null || typeof source !== 'object' || !('getTracks' in source)) return false;
  const tracks = (source as MediaStream).getTracks();
  return tracks.some((track) => track.readyState === 'live');
}

/** How many media elements show a live stream (the lobby has one: the own camera preview). */
export function liveMediaCount(root: ParentNode): number {
  let count = 0;
  for (const element of root.querySelectorAll('video, audio')) {
    if (isLiveStream((element as HTMLMediaElement).srcObject)) count++;
  }
  return count;
}
