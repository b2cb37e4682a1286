/**
 * A test PKI made in the test (nothing pre-generated): a root CA, an agency CA under it, signers of
 * different agencies, an expired signer, and a signer from a CA nobody trusts; plus PNG images of a
 * signature and a seal, and helpers that drive Debian's pdfsig/NSS tools when they are installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import '../signature/reflect.ts';
import * as x509 from '@peculiar/x509';
import { zlibSync } from 'fflate';

const crypto = globalThis.crypto;
x509.cryptoProvider.set(crypto);

const ALG = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;

export interface TestIdentity {
  cert: x509.X509Certificate;
  keys: CryptoKeyPair;
  certPem: string;
  keyPem: string;
}

const DAY = 86_400_000;
let serial = 0x1000;

async function identity(
  subject: string,
  issuer: TestIdentity | undefined,
  o: { ca?: boolean; notBefore?: Date; notAfter?: Date } = {},
): Promise<TestIdentity> {
  const keys = (await crypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const notBefore = o.notBefore ?? new Date(Date.now() - 30 * DAY);
  const notAfter = o.notAfter ?? new Date(Date.now() + 365 * DAY);
  const usage = o.ca
    ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign
    : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation;
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(!!o.ca, o.ca ? 2 : undefined, true),
    new x509.KeyUsagesExtension(usage, true),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
  ];
  if (issuer) extensions.push(await x509.AuthorityKeyIdentifierExtension.create(issuer.cert));
  const serialNumber = (serial++).toString(16).padStart(8, '0');
  const cert = issuer
    ? await x509.X509CertificateGenerator.create({
        serialNumber,
        subject,
        issuer: issuer.cert.subject,
        notBefore,
        notAfter,
        signingAlgorithm: ALG,
        publicKey: keys.publicKey,
        signingKey: issuer.keys.privateKey,
        extensions,
      })
    : await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber,
        name: subject,
        notBefore,
        notAfter,
        signingAlgorithm: ALG,
        keys,
        extensions,
      });
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    cert,
    keys,
    certPem: cert.toString('pem'),
    keyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'),
  };
}

export interface TestPki {
  root: TestIdentity;
  agencyCa: TestIdentity;
  /** Nguyễn Văn An, Sở Y tế tỉnh Quảng Trị (through the agency CA). */
  signer: TestIdentity;
  /** The records office (văn thư) of Sở Y tế tỉnh Quảng Trị: the agency's own certificate. */
  agency: TestIdentity;
  /** A signer of Sở Giáo dục và Đào tạo tỉnh Quảng Trị. */
  otherAgency: TestIdentity;
  /** Expired ten days ago. */
  expired: TestIdentity;
  untrustedRoot: TestIdentity;
  /** Issued by the untrusted root to someone claiming Sở Y tế tỉnh Quảng Trị. */
  untrusted: TestIdentity;
}

export const TEST_AGENCY = 'Sở Y tế tỉnh Quảng Trị';

/** `agencyName`: the organisation of the signer, agency, expired and untrusted certificates (default TEST_AGENCY). */
export async function makeTestPki(agencyName: string = TEST_AGENCY): Promise<TestPki> {
  const root = await identity('CN=Tongket Test Root CA, O=Tongket Test PKI, C=VN', undefined, {
    ca: true,
    notBefore: new Date(Date.now() - 3650 * DAY),
    notAfter: new Date(Date.now() + 3650 * DAY),
  });
  const agencyCa = await identity('CN=Tongket Test Agency CA, O=Tongket Test PKI, C=VN', root, {
    ca: true,
    notBefore: new Date(Date.now() - 1000 * DAY),
    notAfter: new Date(Date.now() + 1000 * DAY),
  });
  const signer = await identity(
    `CN=Nguyễn Văn An, OU=Ban Giám đốc, O=${agencyName}, L=Quảng Trị, C=VN`,
    agencyCa,
  );
  const agency = await identity(`CN=${agencyName}, O=${agencyName}, L=Quảng Trị, C=VN`, agencyCa);
  const otherAgency = await identity(
    'CN=Trần Thị Bình, O=Sở Giáo dục và Đào tạo tỉnh Quảng Trị, L=Quảng Trị, C=VN',
    agencyCa,
  );
  const expired = await identity(`CN=Lê Văn Cường, O=${agencyName}, C=VN`, agencyCa, {
    notBefore: new Date(Date.now() - 400 * DAY),
    notAfter: new Date(Date.now() - 10 * DAY),
  });
  const untrustedRoot = await identity('CN=Untrusted Root, O=Somebody Else, C=VN', undefined, {
    ca: true,
    notBefore: new Date(Date.now() - 3650 * DAY),
    notAfter: new Date(Date.now() + 3650 * DAY),
  });
  const untrusted = await identity(`CN=Phạm Văn Dũng, O=${agencyName}, C=VN`, untrustedRoot);
  return { root, agencyCa, signer, agency, otherAgency, expired, untrustedRoot, untrusted };
}

/** A signer certificate for another organisation, under the test agency CA (trusted with `root`). */
export function issueTestIdentity(
  pki: TestPki,
  commonName: string,
  organisation: string,
): Promise<TestIdentity> {
  return identity(`CN=${commonName}, O=${organisation}, L=Quảng Trị, C=VN`, pki.agencyCa);
}

// --- PNG images --------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function png(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number, number],
) {
  const raw = new Uint8Array(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array()),
  ];
  const total = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    total.set(p, at);
    at += p.length;
  }
  return total;
}

/** A blue handwritten-looking stroke on a transparent background. */
export function signatureImagePng(): Uint8Array {
  const w = 240;
  const h = 100;
  return png(w, h, (x, y) => {
    const t = x / w;
    const curve = h / 2 + Math.sin(t * Math.PI * 3) * 28 * (1 - t * 0.6) - t * 10;
    const loop = Math.hypot(x - 60, y - 50) - 26;
    const on = Math.abs(y - curve) < 3.2 || (Math.abs(loop) < 2.6 && x < 80);
    return on ? [20, 40, 170, 255] : [0, 0, 0, 0];
  });
}

/** A red round seal (rings, a star) on a transparent background. */
export function sealImagePng(): Uint8Array {
  const s = 300;
  const c = s / 2;
  return png(s, s, (x, y) => {
    const r = Math.hypot(x - c, y - c);
    const a = Math.atan2(y - c, x - c);
    const starR = 38 * (0.55 + 0.45 * Math.cos(5 * (a + Math.PI / 2)));
    const on =
      (r > 138 && r < 148) ||
      (r > 100 && r < 105) ||
      r < starR ||
      (r > 110 && r < 130 && Math.floor((a + Math.PI) * 12) % 2 === 0);
    return on ? [210, 20, 30, 235] : [0, 0, 0, 0];
  });
}

// --- pdfsig / NSS --------------------------------------------------------------------------------

/** Why the pdfsig tests cannot run here, or undefined when pdfsig, certutil, pk12util and openssl are installed. */
export function pdfsigMissing(): string | undefined {
  for (const tool of ['pdfsig', 'certutil', 'pk12util', 'openssl']) {
    const r = spawnSync('sh', ['-c', `command -v ${tool}`]);
    if (r.status !== 0)
      return `${tool} is not installed (apt-get install poppler-utils libnss3-tools openssl): pdfsig interoperability tests skipped`;
  }
  return undefined;
}

export interface NssDb {
  dir: string;
  /** sql:DIR, as -nssdir takes it. */
  spec: string;
}

/** A fresh NSS database with `trusted` CAs marked trusted (CT,C,C) and `identities` imported with their keys. */
export function makeNssDb(
  trusted: TestIdentity[],
  identities: Record<string, { id: TestIdentity; chain: TestIdentity[] }>,
): NssDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-nss-'));
  const spec = `sql:${dir}`;
  execFileSync('certutil', ['-N', '--empty-password', '-d', spec]);
  for (const [i, ca] of trusted.entries()) {
    const file = path.join(dir, `ca${i}.pem`);
    fs.writeFileSync(file, ca.certPem);
    execFileSync('certutil', ['-A', '-n', `ca${i}`, '-t', 'CT,C,C', '-a', '-i', file, '-d', spec]);
  }
  for (const [nick, { id, chain }] of Object.entries(identities)) {
    const cert = path.join(dir, `${nick}.pem`);
    const key = path.join(dir, `${nick}.key`);
    const chainFile = path.join(dir, `${nick}-chain.pem`);
    const p12 = path.join(dir, `${nick}.p12`);
    fs.writeFileSync(cert, id.certPem);
    fs.writeFileSync(key, id.keyPem);
    fs.writeFileSync(chainFile, chain.map((c) => c.certPem).join('\n'));
    execFileSync('openssl', [
      'pkcs12',
      '-export',
      '-in',
      cert,
      '-inkey',
      key,
      '-certfile',
      chainFile,
      '-name',
      nick,
      '-out',
      p12,
      '-passout',
      'pass:test',
    ]);
    execFileSync('pk12util', ['-i', p12, '-d', spec, '-W', 'test']);
  }
  return { dir, spec };
}

/** Signs with pdfsig -add-signature using an identity of the NSS database. */
export function pdfsigSign(db: NssDb, nick: string, input: Uint8Array, reason = 'Ký số văn bản'): Uint8Array {
  const inFile = path.join(db.dir, `in-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  const outFile = `${inFile}.signed.pdf`;
  fs.writeFileSync(inFile, input);
  execFileSync(
    'pdfsig',
    ['-add-signature', '-nssdir', db.spec, '-nick', nick, '-reason', reason, inFile, outFile],
    {
      stdio: 'pipe',
    },
  );
  return new Uint8Array(fs.readFileSync(outFile));
}

export interface PdfsigSignature {
  signerCommonName?: string;
  signatureValid: boolean;
  certificateTrusted: boolean;
  totalDocumentSigned: boolean;
  raw: string;
}

/** pdfsig's verdict on each signature of a file (its text output, parsed). */
export function pdfsigVerify(db: NssDb, pdf: Uint8Array): { signatures: PdfsigSignature[]; output: string } {
  const file = path.join(db.dir, `verify-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  const r = spawnSync('pdfsig', ['-nssdir', db.spec, file], { encoding: 'utf8' });
  const output = `${r.stdout}${r.stderr}`;
  const blocks = output.split(/^Signature #\d+:$/m).slice(1);
  return {
    output,
    signatures: blocks.map((raw) => ({
      signerCommonName: /Signer Certificate Common Name: (.*)/.exec(raw)?.[1]?.trim(),
      signatureValid: /Signature Validation: Signature is Valid\./.test(raw),
      certificateTrusted: /Certificate Validation: Certificate is Trusted\./.test(raw),
      totalDocumentSigned: /Total document signed/.test(raw) && !/Not total document signed/.test(raw),
      raw,
    })),
  };
}
