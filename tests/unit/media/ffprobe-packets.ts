// The packets ffprobe sees in a file's first audio stream: the reference the readers are checked against.
import { execFileSync } from 'node:child_process';

export interface ProbePacket {
  pos: number;
  size: number;
  time: number;
}

export function ffprobePackets(path: string): ProbePacket[] {
  const json = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'packet=pts_time,dts_time,pos,size', '-of', 'json', path], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const packets = (JSON.parse(json) as { packets: Record<string, string>[] }).packets;
  return packets.map((p) => ({ pos: Number(p.pos), size: Number(p.size), time: Number(p.pts_time ?? p.dts_time) }));
}
