import { createHash } from 'node:crypto';
import { AGENCY_CODE_PATTERN, type Bilingual, cleanText, VN_TIME_ZONE } from '@tongket/domain';
import { XMLBuilder } from 'fast-xml-parser';

/**
 * The edXML package of QCVN 102:2016/BTTTT ("cấu trúc mã định danh và định dạng dữ liệu gói tin
 * phục vụ kết nối các hệ thống quản lý văn bản và điều hành", and its amendment 1:2022), by which
 * one agency's document-management system sends a document to another's:
 *
 *   <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">
 *     <edXML:edXMLEnvelope xmlns:edXML="…">
 *       <edXML:edXMLHeader>
 *         <edXML:MessageHeader> From, To…, DocumentId, Code, PromulgationInfo, DocumentType,
 *           Subject, Content, SignerInfo, DueDate, ToPlaces, OtherInfo, SteeringType
 *         <edXML:TraceHeaderList> TraceHeader (OrganId, Timestamp)
 *       <edXML:edXMLBody> edXMLManifest: one Reference (xlink:href="cid:…") per attachment
 *     <AttachmentEncoded> Attachment: ContentType, ContentId, Description,
 *       ContentTransferEncoded (the file, base64), AttachmentName
 *
 * Dates are written as the standard's examples write them: yyyy/MM/dd, and the trace's time stamp
 * yyyy/MM/dd HH:mm:ss, in Vietnam's time. Every text is NFC without control characters; the XML
 * builder escapes the rest.
 */
export const EDXML_NAMESPACE = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
export const EDXML_CONTENT_TYPE = 'application/xml';

/** An agency as a package names it: the sender (From) or a receiver (To). */
export interface EdxmlOrgan {
  /** Mã định danh điện tử, e.g. "000.00.14.H50"; the package is refused without it. */
  agencyCode: string | null;
  name: string;
  /** The body the agency answers to (From only), e.g. "UBND tỉnh Quảng Trị". */
  inCharge?: string;
  address?: string;
  email?: string | null;
  telephone?: string;
  fax?: string;
  website?: string;
}

export interface EdxmlAttachment {
  name: string;
  contentType: string;
  description: string;
  bytes: Uint8Array;
}

export interface EdxmlInput {
  from: EdxmlOrgan;
  to: EdxmlOrgan[];
  /** Số: "2519". */
  codeNumber: string;
  /** Ký hiệu: "KH-UBND". */
  codeNotation: string;
  /** Where it was issued: "Quảng Trị". */
  place: string;
  /** The day it was issued, yyyy-mm-dd. */
  promulgationDate: string;
  /** 1: a legal normative document; 2: an administrative document (a plan, a decision…). */
  documentType: { type: number; typeName: string };
  /** Trích yếu. */
  subject: string;
  /** A summary of the content; the subject when there is nothing more to say. */
  content?: string;
  signer: { competence: string; position: string; fullName: string };
  /** The deadline the document sets (an instant or a yyyy-mm-dd day), or null. */
  dueDate: string | null;
  /** The lines under "Nơi nhận". */
  toPlaces: string[];
  otherInfo?: {
    /** 0 normal, 1 urgent, 2 very urgent, 3 express, 4 express and timed. */
    priority?: number;
    sphereOfPromulgation?: string;
    typerNotation?: string;
    promulgationAmount?: number;
    pageAmount?: number;
    appendixes?: string[];
  };
  /** 0: a new document (not a replacement or a revocation). */
  steeringType?: number;
  attachments: EdxmlAttachment[];
  /** When the package is made: the trace header's time stamp. */
  sentAt: Date;
}

export type EdxmlProblem =
  | { kind: 'sender_code_missing'; organ: string }
  | { kind: 'receiver_codes_missing'; organs: string[] }
  | { kind: 'code_malformed'; organ: string; agencyCode: string }
  | { kind: 'no_receivers' }
  | { kind: 'no_number' }
  | { kind: 'no_attachment' };

/** Why a package cannot be made, in Vietnamese (the message) and English. */
export class EdxmlInputError extends Error {
  readonly text: Bilingual;
  constructor(readonly problem: EdxmlProblem) {
    const text = describe(problem);
    super(text.vi);
    this.name = 'EdxmlInputError';
    this.text = text;
  }
}

function describe(p: EdxmlProblem): Bilingual {
  switch (p.kind) {
    case 'sender_code_missing':
      return {
        vi: `Cơ quan gửi "${p.organ}" chưa có mã định danh điện tử; không lập được gói edXML.`,
        en: `The sending agency "${p.organ}" has no agency identification code; no edXML package can be made.`,
      };
    case 'receiver_codes_missing':
      return {
        vi: `Cơ quan nhận chưa có mã định danh điện tử: ${p.organs.join('; ')}.`,
        en: `Receiving agencies without an agency identification code: ${p.organs.join('; ')}.`,
      };
    case 'code_malformed':
      return {
        vi: `Mã định danh "${p.agencyCode}" của "${p.organ}" không đúng dạng 000.00.00.H50.`,
        en: `The agency code "${p.agencyCode}" of "${p.organ}" is not of the form 000.00.00.H50.`,
      };
    case 'no_receivers':
      return {
        vi: 'Văn bản chưa có cơ quan nhận nào; gói edXML cần ít nhất một nơi nhận.',
        en: 'The document has no receiving agency; an edXML package needs at least one.',
      };
    case 'no_number':
      return {
        vi: 'Văn bản chưa có số và ký hiệu; chỉ văn bản đã ban hành mới lập được gói edXML.',
        en: 'The document has no number and notation; only an issued document makes an edXML package.',
      };
    case 'no_attachment':
      return {
        vi: 'Gói edXML cần tệp văn bản đính kèm.',
        en: 'An edXML package needs the document’s file attached.',
      };
  }
}

const text = (value: string | null | undefined) =>
  cleanText(value ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

const stampFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function vietnamParts(at: Date): Record<string, string> {
  return Object.fromEntries(stampFormat.formatToParts(at).map((p) => [p.type, p.value]));
}

/** yyyy/MM/dd of a yyyy-mm-dd day, or of an instant as read in Vietnam. */
export function edxmlDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value.replaceAll('-', '/');
  const p = vietnamParts(new Date(value));
  return `${p.year}/${p.month}/${p.day}`;
}

/** yyyy/MM/dd HH:mm:ss in Vietnam. */
export function edxmlTimestamp(at: Date): string {
  const p = vietnamParts(at);
  return `${p.year}/${p.month}/${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

function checkCodes(input: EdxmlInput): { from: string; to: string[] } {
  const from = input.from.agencyCode?.trim();
  if (!from) throw new EdxmlInputError({ kind: 'sender_code_missing', organ: text(input.from.name) });
  if (!AGENCY_CODE_PATTERN.test(from)) {
    throw new EdxmlInputError({ kind: 'code_malformed', organ: text(input.from.name), agencyCode: from });
  }
  if (input.to.length === 0) throw new EdxmlInputError({ kind: 'no_receivers' });
  const missing = input.to.filter((o) => !o.agencyCode?.trim()).map((o) => text(o.name));
  if (missing.length > 0) throw new EdxmlInputError({ kind: 'receiver_codes_missing', organs: missing });
  const to = input.to.map((o) => (o.agencyCode as string).trim());
  to.forEach((code, i) => {
    if (!AGENCY_CODE_PATTERN.test(code)) {
      throw new EdxmlInputError({
        kind: 'code_malformed',
        organ: text(input.to[i]?.name),
        agencyCode: code,
      });
    }
  });
  return { from, to };
}

/** A content id of the attachment's bytes: the same file always gets the same id. */
function contentId(bytes: Uint8Array, index: number): string {
  const hex = createHash('sha256').update(bytes).digest('hex');
  return `${index + 1}.${hex.slice(0, 32)}@tongket`;
}

const e = (name: string) => `edXML:${name}`;

/** The edXML package (UTF-8 XML) of one document with its files attached. */
export function buildEdxmlPackage(input: EdxmlInput): string {
  const codes = checkCodes(input);
  const number = text(input.codeNumber);
  const notation = text(input.codeNotation);
  if (!number || !notation) throw new EdxmlInputError({ kind: 'no_number' });
  if (input.attachments.length === 0) throw new EdxmlInputError({ kind: 'no_attachment' });

  const promulgationDate = edxmlDate(input.promulgationDate);
  const subject = text(input.subject);
  const other = input.otherInfo ?? {};
  const attachments = input.attachments.map((a, i) => ({
    id: contentId(a.bytes, i),
    name: text(a.name),
    contentType: text(a.contentType),
    description: text(a.description),
    base64: Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength).toString('base64'),
  }));

  const organ = (o: EdxmlOrgan, code: string, withInCharge: boolean) => ({
    [e('OrganId')]: code,
    [e('OrganName')]: text(o.name),
    ...(withInCharge && { [e('OrganInCharge')]: text(o.inCharge) }),
    [e('OrganAdd')]: text(o.address),
    [e('Email')]: text(o.email),
    [e('Telephone')]: text(o.telephone),
    [e('Fax')]: text(o.fax),
    [e('Website')]: text(o.website),
  });

  const messageHeader = {
    [e('From')]: organ(input.from, codes.from, true),
    [e('To')]: input.to.map((o, i) => organ(o, codes.to[i] as string, false)),
    [e('DocumentId')]: `${codes.from},${promulgationDate},${number}/${notation}`,
    [e('Code')]: { [e('CodeNumber')]: number, [e('CodeNotation')]: notation },
    [e('PromulgationInfo')]: {
      [e('Place')]: text(input.place),
      [e('PromulgationDate')]: promulgationDate,
    },
    [e('DocumentType')]: {
      [e('Type')]: String(input.documentType.type),
      [e('TypeName')]: text(input.documentType.typeName),
    },
    [e('Subject')]: subject,
    [e('Content')]: text(input.content) || subject,
    [e('SignerInfo')]: {
      [e('Competence')]: text(input.signer.competence),
      [e('Position')]: text(input.signer.position),
      [e('FullName')]: text(input.signer.fullName),
    },
    [e('DueDate')]: input.dueDate ? edxmlDate(input.dueDate) : '',
    [e('ToPlaces')]: { [e('Place')]: input.toPlaces.map(text).filter(Boolean) },
    [e('OtherInfo')]: {
      [e('Priority')]: String(other.priority ?? 0),
      [e('SphereOfPromulgation')]: text(other.sphereOfPromulgation),
      [e('TyperNotation')]: text(other.typerNotation),
      [e('PromulgationAmount')]: String(other.promulgationAmount ?? 1),
      [e('PageAmount')]: String(other.pageAmount ?? 0),
      [e('Appendixes')]: { [e('Appendix')]: (other.appendixes ?? []).map(text).filter(Boolean) },
    },
    [e('SteeringType')]: String(input.steeringType ?? 0),
  };

  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    edXML: {
      '@_xmlns': EDXML_NAMESPACE,
      [e('edXMLEnvelope')]: {
        '@_xmlns:edXML': EDXML_NAMESPACE,
        [e('edXMLHeader')]: {
          [e('MessageHeader')]: messageHeader,
          [e('TraceHeaderList')]: {
            [e('TraceHeader')]: {
              [e('OrganId')]: codes.from,
              [e('Timestamp')]: edxmlTimestamp(input.sentAt),
            },
          },
        },
        [e('edXMLBody')]: {
          [e('edXMLManifest')]: {
            '@_version': '1.0',
            [e('Reference')]: attachments.map((a) => ({
              '@_xmlns:xlink': XLINK_NAMESPACE,
              '@_xlink:href': `cid:${a.id}`,
              '@_xlink:type': 'simple',
              [e('Description')]: a.description,
              [e('AttachmentName')]: a.name,
              [e('ContentType')]: a.contentType,
              [e('ContentId')]: a.id,
            })),
          },
        },
      },
      AttachmentEncoded: {
        Attachment: attachments.map((a) => ({
          ContentType: a.contentType,
          ContentId: a.id,
          Description: a.description,
          ContentTransferEncoded: a.base64,
          AttachmentName: a.name,
        })),
      },
    },
  };

  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: false,
    processEntities: true,
  });
  return builder.build(document);
}
