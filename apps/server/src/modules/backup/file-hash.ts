import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

export interface Hashed {
  sha256: string;
  size: number;
}

/** A pass-through stream that hashes and counts what goes through it. */
export function hashingStream(): Transform & { result(): Hashed } {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  let result: Hashed | undefined;
  return Object.assign(stream, {
    result: () => {
      result ??= { sha256: hash.digest('hex'), size };
      return result;
    },
  });
}

export async function hashFile(file: string): Promise<Hashed> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Compresses `source` into a new file `dest`; the size and hash are those of the compressed file. */
export async function gzipFile(source: string, dest: string): Promise<Hashed> {
  const hashing = hashingStream();
  await pipeline(
    fs.createReadStream(source),
    zlib.createGzip({ level: 6 }),
    hashing,
    fs.createWriteStream(dest, { flags: 'wx' }),
  );
  return hashing.result();
}
