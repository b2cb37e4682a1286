import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../render-pdf.ts';
import { readEdxml } from '../testing/read-edxml.ts';
import { readPdf } from '../testing/read-pdf.ts';
import { samplePlan } from '../testing/sample.ts';
import { buildEdxmlPackage, EDXML_NAMESPACE, type EdxmlInput, EdxmlInputError } from './build-edxml.ts';
import { pdfPageCount } from './pdf-pages.ts';

const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096), Buffer.from([0, 255, 60, 38])]);

function input(overrides: Partial<EdxmlInput> = {}): EdxmlInput {
  return {
    from: {
      agencyCode: '000.00.00.H50',
      name: 'UBND tỉnh Quảng Trị',
      inCharge: 'UBND tỉnh Quảng Trị',
      email: 'ubnd@quangtri.gov.vn',
    },
    to: [
      { agencyCode: '000.00.14.H50', name: 'Sở Y tế' },
      { agencyCode: '000.00.38.H50', name: 'UBND huyện Hướng Hóa', email: 'huonghoa@quangtri.gov.vn' },
    ],
    codeNumber: '2519',
    codeNotation: 'KH-UBND',
    place: 'Quảng Trị',
    promulgationDate: '2020-06-08',
    documentType: { type: 2, typeName: 'Kế hoạch' },
    subject: 'Tổ chức Hội nghị tổng kết giai đoạn 1\ncông tác chống dịch COVID-19',
    signer: {
      competence: 'TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      fullName: 'Hoàng Nam',
    },
    // 16:59:59 UTC is 23:59:59 in Vietnam: the due day is Vietnam's, not UTC's.
    dueDate: '2020-06-10T16:59:59.000Z',
    toPlaces: ['Các PCT UBND tỉnh', 'UBND huyện Đakrông, Sư đoàn 968 & <các đơn vị>'],
    otherInfo: { pageAmount: 7, promulgationAmount: 2, sphereOfPromulgation: 'Liên thông văn bản' },
    attachments: [
      {
        name: 'Kế hoạch 2519-KH-UBND.pdf',
        contentType: 'application/pdf',
        description: 'Kế hoạch số 2519/KH-UBND',
        bytes: pdfBytes,
      },
    ],
    sentAt: new Date('2020-06-08T17:30:05.000Z'),
    ...overrides,
  };
}

function errorOf(fn: () => unknown): EdxmlInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EdxmlInputError) return error;
    throw error;
  }
  throw new Error('expected an EdxmlInputError');
}

describe('buildEdxmlPackage', () => {
  it('writes the QCVN 102:2016 structure: envelope, header fields in their places, manifest and attachment', () => {
    const xml = buildEdxmlPackage(input());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">');
    expect(xml).toContain('<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">');
    const pkg = readEdxml(xml);
    expect(pkg.rootNamespace).toBe(EDXML_NAMESPACE);
    expect(pkg.envelopeNamespace).toBe(EDXML_NAMESPACE);
    const h = pkg.header;
    expect(Object.keys(h)).toEqual([
      'From',
      'To',
      'DocumentId',
      'Code',
      'PromulgationInfo',
      'DocumentType',
      'Subject',
      'Content',
      'SignerInfo',
      'DueDate',
      'ToPlaces',
      'OtherInfo',
      'SteeringType',
    ]);
    expect(h.From).toEqual({
      OrganId: '000.00.00.H50',
      OrganName: 'UBND tỉnh Quảng Trị',
      OrganInCharge: 'UBND tỉnh Quảng Trị',
      OrganAdd: '',
      Email: 'ubnd@quangtri.gov.vn',
      Telephone: '',
      Fax: '',
      Website: '',
    });
    expect(h.To.map((t: { OrganId: string }) => t.OrganId)).toEqual(['000.00.14.H50', '000.00.38.H50']);
    expect(h.To[1]).toMatchObject({ OrganName: 'UBND huyện Hướng Hóa', Email: 'huonghoa@quangtri.gov.vn' });
    expect(h.To[0].OrganInCharge).toBeUndefined();
    expect(h.DocumentId).toBe('000.00.00.H50,2020/06/08,2519/KH-UBND');
    expect(h.Code).toEqual({ CodeNumber: '2519', CodeNotation: 'KH-UBND' });
    expect(h.PromulgationInfo).toEqual({ Place: 'Quảng Trị', PromulgationDate: '2020/06/08' });
    expect(h.DocumentType).toEqual({ Type: '2', TypeName: 'Kế hoạch' });
    expect(h.Subject).toBe('Tổ chức Hội nghị tổng kết giai đoạn 1 công tác chống dịch COVID-19');
    expect(h.Content).toBe(h.Subject);
    expect(h.SignerInfo).toEqual({
      Competence: 'TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH',
      Position: 'PHÓ CHỦ TỊCH',
      FullName: 'Hoàng Nam',
    });
    expect(h.DueDate).toBe('2020/06/10');
    expect(h.ToPlaces.Place).toEqual(['Các PCT UBND tỉnh', 'UBND huyện Đakrông, Sư đoàn 968 & <các đơn vị>']);
    expect(h.OtherInfo).toMatchObject({
      Priority: '0',
      SphereOfPromulgation: 'Liên thông văn bản',
      PromulgationAmount: '2',
      PageAmount: '7',
    });
    expect(h.SteeringType).toBe('0');
    // 17:30:05 UTC is 00:30:05 the next day in Vietnam.
    expect(pkg.trace.TraceHeader).toEqual({ OrganId: '000.00.00.H50', Timestamp: '2020/06/09 00:30:05' });
  });

  it('escapes markup in texts: the ampersand and angle brackets arrive as written', () => {
    const xml = buildEdxmlPackage(input());
    expect(xml).toContain('Sư đoàn 968 &amp; &lt;các đơn vị&gt;');
    expect(xml).not.toContain('<các đơn vị>');
  });

  it('attaches the file base64-encoded; it decodes to exactly the bytes given, referenced from the manifest', () => {
    const pkg = readEdxml(buildEdxmlPackage(input()));
    expect(pkg.attachments).toHaveLength(1);
    const [attachment] = pkg.attachments;
    expect(attachment?.bytes.equals(pdfBytes)).toBe(true);
    expect(attachment).toMatchObject({
      name: 'Kế hoạch 2519-KH-UBND.pdf',
      contentType: 'application/pdf',
      description: 'Kế hoạch số 2519/KH-UBND',
    });
    expect(pkg.manifest).toEqual([
      {
        href: `cid:${attachment?.contentId}`,
        name: 'Kế hoạch 2519-KH-UBND.pdf',
        contentType: 'application/pdf',
        contentId: attachment?.contentId,
        description: 'Kế hoạch số 2519/KH-UBND',
      },
    ]);
  });

  it('keeps Vietnamese text in NFC, also when it was given decomposed, and drops control characters', () => {
    const decomposed = 'Hướng Hóa'.normalize('NFD');
    expect(decomposed).not.toBe('Hướng Hóa');
    const xml = buildEdxmlPackage(
      input({
        to: [{ agencyCode: '000.00.38.H50', name: `UBND huyện ${decomposed}` }],
        subject: `Sơ kết\u0007 công tác ${decomposed}`,
      }),
    );
    expect(xml).toBe(xml.normalize('NFC'));
    const pkg = readEdxml(xml);
    expect(pkg.header.To[0].OrganName).toBe('UBND huyện Hướng Hóa');
    expect(pkg.header.Subject).toBe('Sơ kết công tác Hướng Hóa');
  });

  it('refuses a sender without an agency code, in Vietnamese, naming it', () => {
    const error = errorOf(() =>
      buildEdxmlPackage(input({ from: { agencyCode: null, name: 'UBND tỉnh Quảng Trị' } })),
    );
    expect(error.message).toBe(
      'Cơ quan gửi "UBND tỉnh Quảng Trị" chưa có mã định danh điện tử; không lập được gói edXML.',
    );
    expect(error.problem).toEqual({ kind: 'sender_code_missing', organ: 'UBND tỉnh Quảng Trị' });
    expect(error.text.en).toContain('has no agency identification code');
  });

  it('refuses receivers without a code (naming each), a malformed code, no receiver, no number, no file', () => {
    expect(
      errorOf(() =>
        buildEdxmlPackage(
          input({
            to: [
              { agencyCode: '000.00.14.H50', name: 'Sở Y tế' },
              { agencyCode: null, name: 'Sư đoàn 968' },
              { agencyCode: ' ', name: 'Ban Chỉ đạo' },
            ],
          }),
        ),
      ).message,
    ).toBe('Cơ quan nhận chưa có mã định danh điện tử: Sư đoàn 968; Ban Chỉ đạo.');
    expect(
      errorOf(() => buildEdxmlPackage(input({ to: [{ agencyCode: 'SYT-QT', name: 'Sở Y tế' }] }))).message,
    ).toBe('Mã định danh "SYT-QT" của "Sở Y tế" không đúng dạng 000.00.00.H50.');
    expect(errorOf(() => buildEdxmlPackage(input({ to: [] }))).problem.kind).toBe('no_receivers');
    expect(errorOf(() => buildEdxmlPackage(input({ codeNumber: '' }))).problem.kind).toBe('no_number');
    expect(errorOf(() => buildEdxmlPackage(input({ attachments: [] }))).problem.kind).toBe('no_attachment');
  });

  it('gives the same package for the same input (content ids come from the bytes)', () => {
    expect(buildEdxmlPackage(input())).toBe(buildEdxmlPackage(input()));
  });
});

describe('pdfPageCount', () => {
  it('counts the pages of a rendered plan as pdf.js does', async () => {
    const pdf = await renderPdf(samplePlan());
    const read = await readPdf(pdf);
    expect(read.pages.length).toBeGreaterThan(1);
    expect(pdfPageCount(pdf)).toBe(read.pages.length);
  }, 60_000);
});
