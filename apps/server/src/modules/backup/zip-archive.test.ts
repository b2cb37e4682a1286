import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entry } from 'yauzl';
import { zip64EntryCount } from '../../../test/zip64.ts';
import { BackupError } from './backup-error.ts';
import { type ArchiveMember, openZip, writeZip } from './zip-archive.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-zip-'));
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.splice(0)) execFileSync('umount', [m]);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A 64 KiB file system of its own, to fill whoever runs the test; null without mount rights. */
function smallDisk(): string | null {
  const at = fs.mkdtempSync(path.join(dir, 'mnt-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', at], { stdio: 'ignore' });
  } catch {
    return null;
  }
  mounts.push(at);
  return at;
}
const full = process.platform === 'linux' ? smallDisk() : null;

describe('the backup zip', () => {
  it('holds more than 65,535 members, in ZIP64, and reads them back', async () => {
    // Past the 16-bit count of a plain zip; every 4,096th member is streamed from a file on disk.
    const count = 65_600;
    const onDisk = path.join(dir, 'tep-tren-dia.txt');
    fs.writeFileSync(onDisk, 'Tệp đính kèm trên đĩa');
    const members: ArchiveMember[] = [];
    for (let i = 0; i < count; i++) {
      const name = `files/${String(i % 256).padStart(3, '0')}/${i}`;
      if (i % 4096 === 0) members.push({ name, path: onDisk, size: fs.statSync(onDisk).size });
      else {
        const data = Buffer.from(`thành phần ${i}`);
        members.push({ name, data, size: data.length });
      }
    }
    const file = path.join(dir, 'nhieu-thanh-phan.zip');
    await writeZip(file, members);

    expect(zip64EntryCount(file)).toBe(count);
    const archive = await openZip(file);
    try {
      expect(archive.entries.map((e) => e.fileName)).toEqual(members.map((m) => m.name));
      expect(archive.entries.filter((e) => e.compressionMethod !== 0)).toEqual([]);
      // Reading every member through yauzl is the restore's work; here the streamed ones and the last.
      for (const i of [...members.keys()].filter((i) => i % 4096 === 0 || i === count - 1)) {
        const chunks: Buffer[] = [];
        for await (const chunk of await archive.open(archive.entries[i] as Entry))
          chunks.push(chunk as Buffer);
        const m = members[i] as ArchiveMember;
        expect(Buffer.concat(chunks).toString()).toBe(m.path ? 'Tệp đính kèm trên đĩa' : `thành phần ${i}`);
      }
    } finally {
      archive.close();
    }
  });

  it('never writes over a file that is there', async () => {
    const file = path.join(dir, 'co-san.zip');
    fs.writeFileSync(file, 'đã có');
    const data = Buffer.from('mới');
    await expect(writeZip(file, [{ name: 'a', data, size: data.length }])).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(fs.readFileSync(file, 'utf8')).toBe('đã có');
  });

  it('fails, without hanging, on a file that is gone or not the size it was hashed with', async () => {
    const data = Buffer.from('bản kê');
    const gone = path.join(dir, 'mat.zip');
    await expect(
      writeZip(gone, [
        { name: 'manifest.json', data, size: data.length },
        { name: 'files/ab/x', path: path.join(dir, 'khong-co'), size: 3 },
      ]),
    ).rejects.toMatchObject({ code: 'ENOENT' });

    const changed = path.join(dir, 'doi.txt');
    fs.writeFileSync(changed, 'nội dung dài hơn lúc kiểm tra');
    const error = await writeZip(path.join(dir, 'doi.zip'), [
      { name: 'manifest.json', data, size: data.length },
      { name: 'files/cd/y', path: changed, size: 5 },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/thay đổi trong khi sao lưu/);
  });

  it.runIf(full !== null)('fails, without hanging, when the disk fills while it writes', async () => {
    const big = path.join(dir, 'lon.bin');
    fs.writeFileSync(big, Buffer.alloc(512 * 1024, 7));
    const data = Buffer.from('bản kê');
    await expect(
      writeZip(path.join(full as string, 'day.zip'), [
        { name: 'manifest.json', data, size: data.length },
        { name: 'files/ef/z', path: big, size: 512 * 1024 },
        { name: 'files/ef/w', path: big, size: 512 * 1024 },
      ]),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
  });
});
