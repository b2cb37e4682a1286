/**
 * CMS SignedData (RFC 5652) for PDF signatures, built and read with pkijs: a detached signature
 * over the bytes of a ByteRange, with contentType, signingTime and messageDigest as signed attributes.
 */
import {
  asn1js,
  type CertificateInput,
  importPrivateKey,
  pkijs,
  readCertificates,
  toArrayBuffer,
  toPkijs,
  webcrypto,
} from './certificates.ts';

const OID_DATA = '1.2.840.113549.1.7.1';
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_CONTENT_TYPE = '1.2.840.113549.1.9.3';
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';
const OID_SHA256 = '2.16.840.1.101.3.4.2.1';

export interface CmsSignOptions {
  /** The signer's certificate (PEM/DER). */
  certificate: CertificateInput;
  /** Its private key: a CryptoKey, or PKCS#8 as PEM text or DER bytes. */
  privateKey: CryptoKey | string | Uint8Array;
  /** Intermediate certificates to carry in the CMS so a verifier can build the chain. */
  chain?: readonly CertificateInput[];
  signingTime: Date;
}

/** A detached CMS SignedData (DER) over `digest`, the SHA-256 of the signed bytes. */
export async function buildDetachedCms(digest: Uint8Array, o: CmsSignOptions): Promise<Uint8Array> {
  const [cert] = readCertificates([o.certificate]);
  if (!cert) throw new Error('No signer certificate');
  const chain = readCertificates(o.chain ?? []);
  const signer = toPkijs(cert);
  const key = await importPrivateKey(o.privateKey, cert);
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID_DATA }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({
              type: OID_CONTENT_TYPE,
              values: [new asn1js.ObjectIdentifier({ value: OID_DATA })],
            }),
            new pkijs.Attribute({
              type: OID_SIGNING_TIME,
              values: [new asn1js.UTCTime({ valueDate: o.signingTime })],
            }),
            new pkijs.Attribute({
              type: OID_MESSAGE_DIGEST,
              values: [new asn1js.OctetString({ valueHex: toArrayBuffer(digest) })],
            }),
          ],
        }),
      }),
    ],
    certificates: [signer, ...chain.map(toPkijs)],
  });
  await signedData.sign(key, 0, 'SHA-256');
  const info = new pkijs.ContentInfo({ contentType: OID_SIGNED_DATA, content: signedData.toSchema(true) });
  return new Uint8Array(info.toSchema().toBER(false));
}

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

export interface ParsedCms {
  signedData: pkijs.SignedData;
  signerInfo: pkijs.SignerInfo;
  /** Certificates carried in the CMS. */
  certificates: pkijs.Certificate[];
  /** The certificate the signer info points to, if carried. */
  signerCertificate?: pkijs.Certificate;
  /** The messageDigest signed attribute. */
  messageDigest?: Uint8Array;
  signingTime?: Date;
  /** WebCrypto name of the digest the signer used ("SHA-256"…). */
  digestAlgorithm: string;
}

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'SHA-1',
  [OID_SHA256]: 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

/** Reads a DER CMS SignedData (trailing zero padding allowed, as /Contents has it). Throws if it is not one. */
export function parseCms(der: Uint8Array): ParsedCms {
  const asn = asn1js.fromBER(toArrayBuffer(der));
  if (asn.offset === -1) throw new Error(`CMS: ${asn.result.error}`);
  const info = new pkijs.ContentInfo({ schema: asn.result });
  if (info.contentType !== OID_SIGNED_DATA) throw new Error('CMS: not SignedData');
  const signedData = new pkijs.SignedData({ schema: info.content });
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) throw new Error('CMS: no signer');
  const certificates = (signedData.certificates ?? []).filter(
    (c): c is pkijs.Certificate => c instanceof pkijs.Certificate,
  );
  const signerCertificate = certificates.find((c) => {
    const sid = signerInfo.sid;
    if (sid instanceof pkijs.IssuerAndSerialNumber)
      return c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber);
    const skid = c.extensions?.find((e) => e.extnID === '2.5.29.14')?.parsedValue as
      | asn1js.OctetString
      | undefined;
    const inner = (sid as asn1js.Constructed).valueBlock?.value?.[0] as asn1js.OctetString | undefined;
    return (
      skid !== undefined &&
      inner !== undefined &&
      hex(skid.valueBlock.valueHexView) === hex(inner.valueBlock.valueHexView)
    );
  });
  const attr = (oid: string) => signerInfo.signedAttrs?.attributes.find((a) => a.type === oid)?.values[0];
  const md = attr(OID_MESSAGE_DIGEST);
  const time = attr(OID_SIGNING_TIME);
  const digestAlgorithm = DIGESTS[signerInfo.digestAlgorithm.algorithmId];
  if (!digestAlgorithm) throw new Error(`CMS: unknown digest ${signerInfo.digestAlgorithm.algorithmId}`);
  return {
    signedData,
    signerInfo,
    certificates,
    signerCertificate,
    messageDigest: md instanceof asn1js.OctetString ? new Uint8Array(md.valueBlock.valueHexView) : undefined,
    signingTime:
      time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime ? time.toDate() : undefined,
    digestAlgorithm,
  };
}

/** Whether the signer's signature over the signed attributes verifies with its certificate's key. */
export async function verifyCmsSignature(cms: ParsedCms, signedBytes: Uint8Array): Promise<boolean> {
  try {
    const result = await cms.signedData.verify({
      signer: 0,
      data: toArrayBuffer(signedBytes),
      checkChain: false,
      extendedMode: true,
    });
    return result.signatureVerified === true;
  } catch {
    return false;
  }
}

export async function digestOf(algorithm: string, parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    joined.set(p, at);
    at += p.length;
  }
  return new Uint8Array(await webcrypto.subtle.digest(algorithm, joined));
}
