/**
 * Certificates benchmark: certificates.pdf for 500 awardees — the landscape Bằng khen pages an
 * award decision prints, one per collective or person, with Vietnamese names of every length.
 *
 *   npm run bench:certificates
 *
 * Prints `name: value unit` lines: seconds for the first render in a fresh process (fonts loaded
 * then) and the median of five more, the page count and the file size. Target: under 5 s.
 */
import { renderCertificates } from '@tongket/documents';
import { BenchRun } from './lib/bench-run.ts';

const AWARDEES = 500;

const run = new BenchRun('bench:certificates');
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thị Thu', 'Quang', 'Ngọc', 'Xuân', 'Thị Ánh'];
const GIVEN = [
  'Hường',
  'Đức',
  'Việt',
  'Nguyệt',
  'Dũng',
  'Thảo',
  'Phước',
  'Quang',
  'Hiếu',
  'Tuấn',
  'Hồng',
  'Thắng',
  'Lợi',
  'Lài',
  'Oanh',
];
const PLACES = [
  'Trung tâm Kiểm soát bệnh tật tỉnh Quảng Trị',
  'Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo',
  'Trạm Y tế thị trấn Khe Sanh, huyện Hướng Hóa',
  'Ban Chỉ huy Quân sự huyện đảo Cồn Cỏ',
  'Khoa Bệnh nhiệt đới, Bệnh viện đa khoa tỉnh',
];

function awardees() {
  return Array.from({ length: AWARDEES }, (_, i) => {
    const collective = i % 4 === 0;
    const name = collective
      ? `${['Tập thể', 'Ban Chỉ đạo phòng, chống dịch COVID-19', 'Khoa', 'Trạm Y tế'][i % 4]} ${PLACES[i % PLACES.length]}`
      : `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 3) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
    return {
      name,
      detail: collective ? 'Sở Y tế tỉnh Quảng Trị' : `Phó Trưởng khoa, ${PLACES[(i * 5) % PLACES.length]}`,
      number: `Số: ${i + 1}/1356`,
    };
  });
}

async function main(): Promise<number> {
  const input = {
    authorityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
    title: 'BẰNG KHEN',
    reason: 'Đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 giai đoạn 1',
    decisionRef: 'Quyết định số 1356/QĐ-UBND ngày 16/6/2020',
    placeDate: 'Quảng Trị, ngày 16 tháng 6 năm 2020',
    signature: { lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Hoàng Nam' },
    awardees: awardees(),
  };
  let start = performance.now();
  let pdf = await renderCertificates(input);
  const first = (performance.now() - start) / 1000;
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    start = performance.now();
    pdf = await renderCertificates(input);
    runs.push((performance.now() - start) / 1000);
  }
  runs.sort((a, b) => a - b);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  process.stdout.write(
    [
      `certificates.awardees: ${AWARDEES} awardees`,
      `certificates.first_render: ${first.toFixed(2)} s`,
      `certificates.median_render: ${(runs[2] ?? Number.NaN).toFixed(2)} s`,
      `certificates.pages: ${pages} pages`,
      `certificates.size: ${Math.round(pdf.length / 1024)} KiB`,
      '',
    ].join('\n'),
  );
  if (pages !== AWARDEES) throw new Error(`expected ${AWARDEES} pages, got ${pages}`);
  return 0;
}

run.main(main);
