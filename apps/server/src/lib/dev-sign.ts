/**
 * DEVELOPMENT AND TESTS ONLY: a signing program that speaks the signing protocol (docs/signatures.md,
 * "The signing protocol") the way a signing program on the signer's computer does — it fetches the
 * PDF from the one-time fetch link, signs it, and posts the signed PDF to the upload link — but
 * with a certificate and key from files (`signPdfWithLocalCertificate`). It refuses to run unless
 * TONGKET_DEV_SIGNER=1 (and never with NODE_ENV=production).
 */
import fs from 'node:fs/promises';
import { parseSigningLaunchUrl } from '@tongket/domain';
import { loadSignatures } from './renderers.ts';

export interface DevSignOptions {
  fetchUrl: string;
  uploadUrl: string;
  certificatePem: string;
  privateKeyPem: string;
  chainPem?: string[];
  /** The signer's name (/Name and the visible signature; also where the signature block is looked for). */
  name: string;
  /** The records office's release signature (the seal's place) rather than the signer's. */
  agency?: boolean;
  /** A PNG of the signature (signer) or the seal (agency). */
  image?: Uint8Array;
  reason?: string;
  fetch?: typeof fetch;
}

export interface DevSignResult {
  status: number;
  body: unknown;
  signedBytes: number;
}

export class DevSignError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
    this.name = 'DevSignError';
  }
}

async function answerOf(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Fetches, signs and posts back; throws DevSignError with the server's answer when it refuses. */
export async function devSign(o: DevSignOptions): Promise<DevSignResult> {
  const { DevSignerDisabledError, devSignerEnabled, signPdfWithLocalCertificate } = await loadSignatures();
  if (!devSignerEnabled()) throw new DevSignerDisabledError();
  const http = o.fetch ?? fetch;
  const got = await http(o.fetchUrl);
  if (!got.ok) {
    const body = await answerOf(got);
    throw new DevSignError(
      `Không tải được văn bản cần ký (HTTP ${got.status}): ${(body as { detail?: string })?.detail ?? ''}`,
      got.status,
      body,
    );
  }
  const pdf = new Uint8Array(await got.arrayBuffer());
  const signed = await signPdfWithLocalCertificate(pdf, {
    certificate: o.certificatePem,
    privateKey: o.privateKeyPem,
    chain: o.chainPem ?? [],
    name: o.name,
    reason: o.reason ?? (o.agency ? 'Phát hành văn bản' : 'Ký duyệt văn bản'),
    appearance: { role: o.agency ? 'agency' : 'signer', ...(o.image ? { image: o.image } : {}) },
  });
  const posted = await http(o.uploadUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf' },
    body: new Blob([new Uint8Array(signed)], { type: 'application/pdf' }),
  });
  const body = await answerOf(posted);
  if (!posted.ok)
    throw new DevSignError(
      `Máy chủ không nhận bản đã ký (HTTP ${posted.status}): ${(body as { detail?: string })?.detail ?? ''}`,
      posted.status,
      body,
    );
  return { status: posted.status, body, signedBytes: signed.length };
}

/** The command line: dev-sign <launchUrl | fetchUrl uploadUrl> --cert … --key … [--chain …] --name … [--agency] [--image …]. */
export async function devSignCommand(args: string[], usage: string): Promise<number> {
  if (!(await loadSignatures()).devSignerEnabled()) {
    console.error(
      'Chương trình ký thử chỉ chạy khi đặt TONGKET_DEV_SIGNER=1 (và không phải NODE_ENV=production): nó ký bằng khóa đọc từ tệp, điều mà hệ thống thật không bao giờ làm.\n' +
        'The development signer runs only with TONGKET_DEV_SIGNER=1 (and not NODE_ENV=production): it signs with a key read from a file, which a real installation never does.',
    );
    return 2;
  }
  const flags = new Map<string, string>();
  const positional: string[] = [];
  let agency = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--agency') agency = true;
    else if (['--cert', '--key', '--chain', '--name', '--image', '--reason'].includes(a)) {
      const value = args[++i];
      if (value === undefined) {
        console.error(`Thiếu giá trị sau ${a}.\n\n${usage}`);
        return 2;
      }
      flags.set(a, value);
    } else if (a.startsWith('--')) {
      console.error(`Không hiểu tham số "${a}".\n\n${usage}`);
      return 2;
    } else positional.push(a);
  }
  const links =
    positional.length === 1
      ? parseSigningLaunchUrl(positional[0] as string)
      : positional.length === 2
        ? { fetchUrl: positional[0] as string, uploadUrl: positional[1] as string }
        : undefined;
  const cert = flags.get('--cert');
  const key = flags.get('--key');
  const name = flags.get('--name');
  if (!links || !cert || !key || !name) {
    console.error(usage);
    return 2;
  }
  try {
    const chainFile = flags.get('--chain');
    const imageFile = flags.get('--image');
    const result = await devSign({
      ...links,
      certificatePem: await fs.readFile(cert, 'utf8'),
      privateKeyPem: await fs.readFile(key, 'utf8'),
      chainPem: chainFile ? [await fs.readFile(chainFile, 'utf8')] : [],
      name,
      agency,
      ...(imageFile ? { image: new Uint8Array(await fs.readFile(imageFile)) } : {}),
      ...(flags.get('--reason') ? { reason: flags.get('--reason') as string } : {}),
    });
    const answer = result.body as { step?: string; issued?: boolean };
    console.log(
      answer.issued
        ? 'Đã ký phát hành; kế hoạch đã được ban hành với số và ngày đã ghi.'
        : `Đã ký (${answer.step === 'release' ? 'phát hành' : 'trình ký'}); máy chủ đã nhận bản đã ký.`,
    );
    return 0;
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  }
}
