/**
 * X.509 helpers shared by the verifier and the signers: reading certificates from PEM/DER, the
 * names and fingerprints a result shows, and the Vietnamese-aware comparison of organisation names.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import './reflect.ts';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const webcrypto = globalThis.crypto;
x509.cryptoProvider.set(webcrypto);
pkijs.setEngine('tongket', new pkijs.CryptoEngine({ name: 'tongket', crypto: webcrypto }));

/** A certificate as callers hand it over: PEM text (one or more certificates), DER bytes, or a parsed one. */
export type CertificateInput = string | Uint8Array | x509.X509Certificate;

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Every certificate in the inputs, parsed; a PEM text may hold a chain. Throws on anything unparseable. */
export function readCertificates(inputs: readonly CertificateInput[]): x509.X509Certificate[] {
  const out: x509.X509Certificate[] = [];
  for (const input of inputs) {
    if (input instanceof x509.X509Certificate) out.push(input);
    else if (typeof input === 'string') {
      const blocks = x509.PemConverter.decode(input);
      if (blocks.length === 0) throw new Error('No certificate in the PEM text');
      for (const der of blocks) out.push(new x509.X509Certificate(der));
    } else {
      const text = new TextDecoder().decode(input.subarray(0, 64));
      if (text.includes('-----BEGIN')) out.push(...readCertificates([new TextDecoder().decode(input)]));
      else out.push(new x509.X509Certificate(toArrayBuffer(input)));
    }
  }
  return out;
}

/**
 * The trust store of an installation: every certificate in the .pem, .crt, .cer and .der files of a
 * folder (the state's specialised CA roots, the licensed public CAs). Other files are ignored; a
 * certificate file that cannot be read is an error, so a broken store is noticed at start-up.
 */
export async function loadTrustStore(dir: string): Promise<x509.X509Certificate[]> {
  const names = (await fs.readdir(dir)).filter((n) => /\.(pem|crt|cer|der)$/i.test(n)).sort();
  const certs: x509.X509Certificate[] = [];
  for (const name of names) {
    const bytes = new Uint8Array(await fs.readFile(path.join(dir, name)));
    try {
      certs.push(...readCertificates([bytes]));
    } catch (e) {
      throw new Error(`Trust store: cannot read ${name}: ${(e as Error).message}`);
    }
  }
  return certs;
}

export function toPkijs(cert: x509.X509Certificate): pkijs.Certificate {
  return pkijs.Certificate.fromBER(cert.rawData);
}

export function fromPkijs(cert: pkijs.Certificate): x509.X509Certificate {
  return new x509.X509Certificate(cert.toSchema().toBER(false));
}

export function nameField(name: x509.Name, field: string): string[] {
  return name.getField(field).map((v) => v.normalize('NFC'));
}

export async function sha256Fingerprint(cert: x509.X509Certificate): Promise<string> {
  const hash = new Uint8Array(await webcrypto.subtle.digest('SHA-256', cert.rawData));
  return [...hash].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

/** An organisation name reduced for comparison: NFC, no diacritics (đ → d), lower case, single spaces. */
export function foldOrganisation(name: string): string {
  return name
    .normalize('NFC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameOrganisation(a: string, b: string): boolean {
  return foldOrganisation(a) === foldOrganisation(b);
}

/** The WebCrypto algorithm that signs with a certificate's key (RSA PKCS#1 v1.5 or ECDSA), SHA-256. */
export function signingAlgorithm(cert: x509.X509Certificate): RsaHashedImportParams | EcKeyImportParams {
  const alg = cert.publicKey.algorithm as { name: string; namedCurve?: string };
  if (alg.name === 'ECDSA') return { name: 'ECDSA', namedCurve: alg.namedCurve ?? 'P-256' };
  return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
}

/** A private key given as a CryptoKey, PKCS#8 PEM text or PKCS#8 DER bytes, imported for signing. */
export async function importPrivateKey(
  key: CryptoKey | string | Uint8Array,
  cert: x509.X509Certificate,
): Promise<CryptoKey> {
  if (typeof key !== 'string' && !(key instanceof Uint8Array)) return key;
  const der = typeof key === 'string' ? x509.PemConverter.decodeFirst(key) : toArrayBuffer(key as Uint8Array);
  return webcrypto.subtle.importKey('pkcs8', der, signingAlgorithm(cert), false, ['sign']);
}

export { asn1js, pkijs, webcrypto, x509 };
