import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildAgendaDocument,
  buildInvitationDocument,
  type InvitationDocumentInput,
} from './invitation-document.ts';
import { renderDocx } from './render-docx.ts';
import { pdfDefinition, renderPdf, renderPdfSet } from './render-pdf.ts';
import { type PdfContent, readDocx, readPdf } from './testing/index.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function invitation(overrides: Partial<InvitationDocumentInput> = {}): InvitationDocumentInput {
  return {
    parentBody: '',
    issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
    inviter: 'Ủy ban nhân dân tỉnh Quảng Trị',
    place: 'Quảng Trị',
    docNumber: '153',
    docCode: 'GM-UBND',
    docDate: '2020-06-15',
    conferenceTitle: 'Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19',
    invitee: {
      salutation: 'Bà',
      name: 'Nguyễn Thị Hồng Nhung',
      title: 'Phó Chủ tịch',
      unitName: 'Ủy ban MTTQ Việt Nam tỉnh',
    },
    content: ['Đánh giá kết quả công tác phòng, chống dịch COVID-19 giai đoạn 1'],
    chair: 'Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh',
    time: '07 giờ 30 phút, thứ Năm, ngày 18 tháng 6 năm 2020',
    venue: 'Hội trường UBND tỉnh',
    checkinCode: '42-7K3M9X2PQR',
    signature: { lines: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'], name: 'Lê Văn Thành' },
    ...overrides,
  };
}

describe('an invitation (Giấy mời) in the Decree 30 format', () => {
  let pdf: PdfContent;
  beforeAll(async () => {
    pdf = await readPdf(await renderPdf(buildInvitationDocument(invitation())));
  });

  it('is one page with the header, its GM number, the title and who is invited', () => {
    expect(pdf.pages).toHaveLength(1);
    const text = squash(pdf.pages[0] ?? '');
    expect(text).toContain('ỦY BAN NHÂN DÂN');
    expect(text).toContain('Số: 153/GM-UBND');
    expect(text).toContain('Quảng Trị, ngày 15 tháng 6 năm 2020');
    expect(text).toContain('GIẤY MỜI');
    expect(text).toContain('Dự Hội nghị tổng kết giai đoạn 1');
    expect(text).toContain('Ủy ban nhân dân tỉnh Quảng Trị trân trọng kính mời:');
    expect(text).toContain('Bà Nguyễn Thị Hồng Nhung, Phó Chủ tịch, Ủy ban MTTQ Việt Nam tỉnh');
    expect(text).toContain('Thời gian: 07 giờ 30 phút, thứ Năm, ngày 18 tháng 6 năm 2020.');
    expect(text).toContain('Địa điểm: Hội trường UBND tỉnh.');
    expect(text).toContain('Chủ trì: Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh.');
    expect(text).toContain('Rất mong Bà sắp xếp thời gian đến dự đúng giờ./.');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Như trên;');
    expect(text).toContain('TL. CHỦ TỊCH');
    expect(text).toContain('Lê Văn Thành');
  });

  it('carries the check-in code as a QR code, with the code printed under it', () => {
    expect(squash(pdf.pages[0] ?? '')).toContain('Mã điểm danh: 42-7K3M9X2PQR');
    const definition = JSON.stringify(pdfDefinition(buildInvitationDocument(invitation())).content);
    expect(definition).toContain('"qr":"42-7K3M9X2PQR"');
    const without = JSON.stringify(
      pdfDefinition(buildInvitationDocument(invitation({ checkinCode: undefined }))),
    );
    expect(without).not.toContain('"qr"');
  });

  it('leaves the number, the day and the invitee blank on a form a clerk fills in', async () => {
    const doc = buildInvitationDocument(invitation({ docNumber: '', docDate: null, invitee: null }));
    expect(doc.header.number).toBe('/GM-UBND');
    expect(doc.header.placeDate).toMatch(/^Quảng Trị, ngày\s+tháng\s+năm \d{4}$/);
    const text = squash((await readPdf(await renderPdf(doc))).pages[0] ?? '');
    expect(text).toContain('Ông/Bà: …');
    expect(text).toContain('Rất mong Ông/Bà');
  });

  it('prints the code as text in the DOCX, where a picture cannot go', async () => {
    const docx = await readDocx(await renderDocx(buildInvitationDocument(invitation())));
    expect(docx.text).toContain('GIẤY MỜI');
    expect(docx.text).toContain('Nguyễn Thị Hồng Nhung');
    expect(docx.text).toContain('Mã điểm danh: 42-7K3M9X2PQR');
  });

  it('puts one invitation per page in a combined file, without page numbers', async () => {
    const names = ['Trần Văn Bình', 'Lê Thị Cúc', 'Hồ Đức Dũng'];
    const set = await readPdf(
      await renderPdfSet(
        names.map((name, i) =>
          buildInvitationDocument(
            invitation({
              invitee: { salutation: 'Ông', name, title: '', unitName: 'Sở Y tế' },
              checkinCode: `${i + 1}-ABCDEFGHJK`,
            }),
          ),
        ),
      ),
    );
    expect(set.pages).toHaveLength(3);
    names.forEach((name, i) => {
      expect(set.pages[i]).toContain(name);
      expect(set.pages[i]).toContain(`${i + 1}-ABCDEFGHJK`);
      // Page 2 and on would carry a bare number at the top if numbering ran through the file.
      expect((set.pages[i] ?? '').split('\n')[0]).not.toMatch(/^\d+$/);
    });
  });
});

describe('the printed programme (Chương trình hội nghị)', () => {
  it('has the header without a number, the title, when and where, and the table of items', async () => {
    const doc = buildAgendaDocument({
      parentBody: '',
      issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
      place: 'Quảng Trị',
      date: '2020-06-18',
      conferenceTitle: 'Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19',
      time: '07 giờ 30 phút, thứ Năm, ngày 18 tháng 6 năm 2020',
      venue: 'Hội trường UBND tỉnh',
      chair: '',
      rows: [
        { time: '07h30 - 08h00', title: 'Đón tiếp đại biểu', presenter: 'Văn phòng UBND tỉnh' },
        {
          time: '08h00 - 08h13',
          title: 'Phóng sự về công tác phòng, chống dịch COVID-19',
          presenter: 'Đài Phát thanh - Truyền hình tỉnh',
        },
      ],
    });
    expect(doc.header.number).toBeNull();
    // Broken where a clerk would: before "công tác".
    expect(doc.summary).toEqual(['Hội nghị tổng kết giai đoạn 1', 'công tác phòng, chống dịch COVID-19']);
    const text = squash((await readPdf(await renderPdf(doc))).pages.join('\n'));
    expect(text).toContain('CHƯƠNG TRÌNH');
    expect(text).not.toContain('Số:');
    expect(text).toContain('TT Thời gian Nội dung Thực hiện');
    expect(text).toContain('1 07h30 - 08h00 Đón tiếp đại biểu Văn phòng UBND tỉnh');
    expect(text).not.toContain('Chủ trì');
    const docx = await readDocx(await renderDocx(doc));
    expect(docx.text).toContain('Phóng sự về công tác phòng, chống dịch COVID-19');
    expect(docx.text).not.toContain('Số:');
  });
});
