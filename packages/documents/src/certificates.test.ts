import { beforeAll, describe, expect, it } from 'vitest';
import {
  CERTIFICATE_PAGE,
  type CertificatesInput,
  certificatesDefinition,
  renderCertificates,
} from './certificates.ts';
import { tinosTextWidth } from './render-pdf.ts';
import { type PdfContent, readPdf } from './testing/index.ts';

const LONG_NAME =
  'Đội Kiểm soát phòng, chống dịch bệnh và Kiểm dịch y tế quốc tế Cửa khẩu Quốc tế Lao Bảo - La Lay';

const input = (overrides: Partial<CertificatesInput> = {}): CertificatesInput => ({
  authorityLine: 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị',
  title: 'Bằng khen',
  reason: 'Đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 giai đoạn 1',
  decisionRef: 'Quyết định số 1234/QĐ-UBND ngày 15/6/2020',
  placeDate: 'Quảng Trị, ngày 15 tháng 6 năm 2020',
  signature: { lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Hoàng Nam' },
  awardees: [
    { name: 'Nguyễn Thị Hường', detail: 'Phó Giám đốc Sở Y tế', number: 'Số: 12/BK' },
    { name: LONG_NAME, detail: 'Sở Y tế tỉnh Quảng Trị', number: 'Số: 13/BK' },
    {
      name: 'Hồ Thị Ánh Nguyệt',
      detail: 'Chuyên viên Phòng Khoa giáo - Văn xã, Văn phòng Ủy ban nhân dân tỉnh Quảng Trị',
      number: 'Số: 14/BK',
    },
  ],
  ...overrides,
});

const lines = (page: string | undefined) => (page ?? '').split('\n');

describe('renderCertificates', () => {
  let pdf: PdfContent;
  beforeAll(async () => {
    pdf = await readPdf(await renderCertificates(input()));
  });

  it('prints one landscape A4 page per awardee', () => {
    expect(pdf.pages).toHaveLength(3);
    for (const size of pdf.pageSizes) {
      expect(size.width).toBeGreaterThan(size.height);
      expect(Math.abs(size.width - 841.89)).toBeLessThan(0.1);
      expect(Math.abs(size.height - 595.28)).toBeLessThan(0.1);
    }
  });

  it('prints on each page its own name with the tone marks, the title, the reason and the references', () => {
    const awardees = input().awardees;
    pdf.pages.forEach((page, i) => {
      const awardee = awardees[i];
      const text = lines(page);
      expect(text).toContain(awardee?.name);
      // The number stands at the left of the signer's name, on the same line.
      expect(page).toContain(awardee?.number);
      expect(text).toContain('BẰNG KHEN');
      expect(text).toContain('TẶNG');
      expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ');
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(page).toContain('Quyết định số 1234/QĐ-UBND ngày 15/6/2020');
      expect(page.replace(/\s+/g, ' ')).toContain(input().reason);
      // The place and date and the signature share their lines with the references at the left.
      expect(page).toContain('Quảng Trị, ngày 15 tháng 6 năm 2020');
      expect(page).toContain('KT. CHỦ TỊCH');
      expect(page).toContain('Hoàng Nam');
      for (const other of awardees.filter((_, j) => j !== i)) expect(page).not.toContain(other.name);
    });
    // The detail wraps onto a second line rather than running into the border.
    expect(pdf.pages[2]?.replace(/\s+/g, ' ')).toContain(input().awardees[2]?.detail);
  });

  it('keeps a long name on one line by setting it smaller, inside the border', () => {
    // At the name's full size it would not fit between the borders: the test really needs the shrinking.
    expect(tinosTextWidth(LONG_NAME, 34, { bold: true })).toBeGreaterThan(CERTIFICATE_PAGE.width);
    expect(lines(pdf.pages[1])).toContain(LONG_NAME);
    const nodes = certificatesDefinition(input()).content as unknown as Array<{
      stack: Array<Record<string, unknown>>;
    }>;
    const nameNode = nodes[1]?.stack.find((n) => n.text === LONG_NAME) as
      | { absolutePosition: { x: number }; fontSize: number }
      | undefined;
    expect(nameNode).toBeDefined();
    const x = nameNode?.absolutePosition.x ?? 0;
    const width = tinosTextWidth(LONG_NAME, nameNode?.fontSize ?? 0, { bold: true });
    expect(x).toBeGreaterThan(40);
    expect(x + width).toBeLessThan(CERTIFICATE_PAGE.width - 40);
    // Centred on the page.
    expect(Math.abs(x + width / 2 - CERTIFICATE_PAGE.width / 2)).toBeLessThan(0.5);
  });

  it('embeds Tinos subsets, bold and italic included', () => {
    expect(pdf.fonts.length).toBeGreaterThanOrEqual(3);
    for (const name of pdf.fonts) expect(name).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
    expect(pdf.fonts.some((f) => f.endsWith('Tinos-Bold'))).toBe(true);
    expect(pdf.fonts.some((f) => f.endsWith('Tinos-Italic'))).toBe(true);
  });

  // How fast is measured by `npm run bench:certificates`, not here: a busy machine must not fail a test.
  it('renders 500 certificates, one page each', async () => {
    const many = input({
      awardees: Array.from({ length: 500 }, (_, i) => ({
        name: `Nguyễn Thị Hường ${i + 1}`,
        detail: `Khoa Truyền nhiễm ${i + 1}, Bệnh viện Đa khoa tỉnh Quảng Trị`,
        number: `Số: ${i + 1}/BK`,
      })),
    });
    const buffer = await renderCertificates(many);
    expect(buffer.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(500);
  });
});
