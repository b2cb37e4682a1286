import fs from 'node:fs';

/**
 * The entry count in the archive's ZIP64 end of central directory record, found through the ZIP64
 * locator just before the ordinary end record; null when the archive has none (it is not ZIP64).
 */
export function zip64EntryCount(file: string): number | null {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    // The archives have no comment: the ordinary end record is the last 22 bytes.
    const tail = Buffer.alloc(42);
    fs.readSync(fd, tail, 0, 42, size - 42);
    if (tail.readUInt32LE(20) !== 0x06054b50) throw new Error(`${file}: no end of central directory`);
    if (tail.readUInt32LE(0) !== 0x07064b50) return null;
    const record = Buffer.alloc(56);
    fs.readSync(fd, record, 0, 56, Number(tail.readBigUInt64LE(8)));
    if (record.readUInt32LE(0) !== 0x06064b50) throw new Error(`${file}: ZIP64 locator points nowhere`);
    return Number(record.readBigUInt64LE(32));
  } finally {
    fs.closeSync(fd);
  }
}
