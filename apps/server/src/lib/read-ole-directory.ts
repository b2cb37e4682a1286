/**
 * Just enough of the OLE compound file format (MS-CFB) to tell an old .doc from a password-protected
 * .docx: Word wraps an encrypted .docx in a compound file whose directory holds an
 * "EncryptedPackage" stream, while a .doc has a "WordDocument" stream. Only the directory is read,
 * never a stream, and every loop is bounded by the file's own sector count, so a hostile file can
 * neither hang nor blow up this reader.
 */

export const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const HEADER_SIZE = 512;
const DIRECTORY_ENTRY_SIZE = 128;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECT = 0xffffffff;
const MAX_REGULAR_SECTOR = 0xfffffffa;

export function isOleFile(file: Buffer): boolean {
  return file.length >= OLE_MAGIC.length && file.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC);
}

/**
 * Names of the storages and streams in the compound file's directory, or null when the file is too
 * broken to walk (callers then fall back to looking for the names anywhere in the bytes).
 */
export function readOleDirectoryNames(file: Buffer): string[] | null {
  if (!isOleFile(file) || file.length < HEADER_SIZE) return null;
  const sectorShift = file.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((file.length - HEADER_SIZE) / sectorSize) + 1;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  // The last sector may be cut short; every read below is bounds-checked on its own.
  const validSector = (sector: number) => sector <= MAX_REGULAR_SECTOR && sectorOffset(sector) < file.length;

  // The FAT's own sectors: the first 109 are listed in the header, the rest in a DIFAT chain.
  const fatSectorCount = file.readUInt32LE(0x2c);
  if (fatSectorCount > sectorCount) return null;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) {
    fatSectors.push(file.readUInt32LE(0x4c + i * 4));
  }
  let difatSector = file.readUInt32LE(0x44);
  const perDifat = sectorSize / 4 - 1;
  for (let hops = 0; fatSectors.length < fatSectorCount && difatSector !== END_OF_CHAIN; hops++) {
    if (hops > sectorCount || !validSector(difatSector)) return null;
    const base = sectorOffset(difatSector);
    for (let i = 0; i < perDifat && fatSectors.length < fatSectorCount; i++) {
      fatSectors.push(readUInt32(file, base + i * 4));
    }
    difatSector = readUInt32(file, base + perDifat * 4);
  }

  const entriesPerFatSector = sectorSize / 4;
  const nextSector = (sector: number): number | null => {
    const fatSector = fatSectors[Math.floor(sector / entriesPerFatSector)];
    if (fatSector === undefined || !validSector(fatSector)) return null;
    return readUInt32(file, sectorOffset(fatSector) + (sector % entriesPerFatSector) * 4);
  };

  const names: string[] = [];
  let sector: number | null = file.readUInt32LE(0x30);
  for (let hops = 0; sector !== END_OF_CHAIN; hops++) {
    if (sector === null || sector === FREE_SECT || hops > sectorCount || !validSector(sector)) return null;
    const base = sectorOffset(sector);
    for (let offset = 0; offset < sectorSize; offset += DIRECTORY_ENTRY_SIZE) {
      const entry = base + offset;
      if (entry + DIRECTORY_ENTRY_SIZE > file.length) break;
      const type = file.readUInt8(entry + 0x42);
      const nameBytes = file.readUInt16LE(entry + 0x40);
      // 1 storage, 2 stream, 5 root; 0 is an unused slot.
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      names.push(file.toString('utf16le', entry, entry + nameBytes - 2));
    }
    sector = nextSector(sector);
  }
  return names;
}

function readUInt32(file: Buffer, offset: number): number {
  return offset + 4 <= file.length ? file.readUInt32LE(offset) : END_OF_CHAIN;
}

/** Whether the compound file names a stream, from its directory or, when that is unreadable, its bytes. */
export function oleHasStream(file: Buffer, names: readonly string[] | null, stream: string): boolean {
  if (names) return names.some((n) => n.toLowerCase() === stream.toLowerCase());
  return file.includes(Buffer.from(stream, 'utf16le'));
}
