import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';

/**
 * A video Chromium can play as its camera (`--use-file-for-fake-video-capture`): a Y4M file of a
 * still picture of `text`'s QR code on white paper, as an invitation held up to a phone would show.
 */
export function qrCameraFile(text: string, width = 640, height = 480): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4;
  const cell = Math.floor((Math.min(width, height) * 0.8) / (n + 2 * quiet));
  const left = Math.floor((width - cell * n) / 2);
  const top = Math.floor((height - cell * n) / 2);
  // 4:2:0 planes: luma white (235) with black (16) modules, chroma neutral.
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let y = 0; y < cell; y++) {
        luma.fill(
          16,
          (top + row * cell + y) * width + left + col * cell,
          (top + row * cell + y) * width + left + (col + 1) * cell,
        );
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-camera-')), 'invitation.y4m');
  fs.writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`),
      ...Array(10).fill(frame),
    ]),
  );
  return file;
}

/** Chromium switches that give a page this file as its camera, without asking for permission. */
export const fakeCameraArgs = (file: string) => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${file}`,
];
