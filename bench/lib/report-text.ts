/**
 * Report text for load tests: sentences in the style of the seed documents (Quảng Trị plan
 * 2519/KH-UBND, Bình Dương directive), full diacritics, combined per unit and per section by a
 * seeded generator so every unit's report differs but every run sends the same bytes.
 * Plain text inside <p>, <strong>, <ul>/<li> only — what the rich-text editor produces — and no
 * quotes or ampersands, so the server's sanitiser keeps it byte for byte and the stored copy can be
 * compared with what was sent.
 */

/** Deterministic PRNG (mulberry32): the same unit gets the same report on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Ngay từ khi có thông tin về dịch bệnh, {unit} đã chủ động tham mưu thành lập Ban Chỉ đạo phòng, chống dịch COVID-19, phân công nhiệm vụ cụ thể cho từng thành viên.',
  'Trong giai đoạn từ ngày {d1} đến ngày {d2}, đơn vị đã ban hành {n1} văn bản chỉ đạo, hướng dẫn triển khai các biện pháp phòng, chống dịch trên địa bàn.',
  'Công tác tuyên truyền được triển khai sâu rộng bằng nhiều hình thức: loa truyền thanh, tờ rơi, pa nô, áp phích và các trang mạng xã hội, với tổng cộng {n2} lượt phát sóng.',
  'Đơn vị đã phối hợp chặt chẽ với Trung tâm Kiểm soát bệnh tật tỉnh tổ chức giám sát, lấy {n3} mẫu xét nghiệm SARS-CoV-2, tất cả đều cho kết quả âm tính.',
  'Các khu cách ly tập trung được bố trí đảm bảo điều kiện ăn, ở, sinh hoạt cho {n4} công dân, không để xảy ra lây nhiễm chéo trong khu cách ly.',
  'Lực lượng tham gia các chốt kiểm soát dịch gồm công an, quân sự, y tế và đoàn viên thanh niên, trực 24/24 giờ tại các tuyến đường ra vào địa bàn.',
  'Việc khai báo y tế bắt buộc được thực hiện nghiêm túc đối với người đến từ vùng có dịch; khai báo y tế tự nguyện được khuyến khích qua ứng dụng trên điện thoại.',
  'Tổng kinh phí chi cho công tác phòng, chống dịch là {money} đồng, được sử dụng đúng mục đích, đúng quy định của Luật Ngân sách nhà nước.',
  'Ủy ban Mặt trận Tổ quốc Việt Nam cùng các đoàn thể đã vận động cán bộ, nhân dân ủng hộ {n5} suất quà, khẩu trang, nước sát khuẩn và nhu yếu phẩm cho các khu cách ly.',
  'Đội ngũ y, bác sĩ luôn sẵn sàng, không quản ngày đêm, thực hiện tốt công tác thu dung, cách ly và điều trị các trường hợp nghi nhiễm.',
  'Một số hoạt động nổi bật của đơn vị là xây dựng mô hình tổ COVID cộng đồng tại {n6} thôn, khu phố, phát huy hiệu quả vai trò giám sát của người dân.',
  'Bên cạnh những kết quả đạt được, công tác phòng, chống dịch vẫn còn một số hạn chế như trang thiết bị y tế còn thiếu, nhân lực tại tuyến cơ sở còn mỏng.',
  'Nguyên nhân của những tồn tại là do dịch bệnh diễn biến phức tạp, khó lường, một bộ phận người dân còn chủ quan, lơ là trong việc thực hiện các biện pháp phòng dịch.',
  'Bài học kinh nghiệm rút ra là phải có sự lãnh đạo, chỉ đạo sát sao của cấp ủy, chính quyền và sự vào cuộc của cả hệ thống chính trị.',
  'Đơn vị đề xuất tỉnh tiếp tục bổ sung kinh phí, trang thiết bị bảo hộ và sinh phẩm xét nghiệm cho tuyến huyện, xã trong giai đoạn tiếp theo.',
  'Trong thời gian tới, {unit} tiếp tục quán triệt phương châm bốn tại chỗ, chủ động các phương án ứng phó với từng cấp độ dịch.',
  'Công tác kiểm tra, giám sát được tổ chức thường xuyên với {n7} đoàn kiểm tra tại các cơ sở kinh doanh, chợ, bến xe, trường học và khu dân cư.',
  'Các trường hợp vi phạm quy định về phòng, chống dịch đã bị nhắc nhở, xử phạt hành chính theo Nghị định số 117/2020/NĐ-CP của Chính phủ.',
  'Việc đón tiếp công dân trở về từ vùng dịch được tổ chức chu đáo, có sự phối hợp giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh và chính quyền địa phương.',
  'Đơn vị đã tổ chức {n8} lớp tập huấn cho cán bộ y tế cơ sở về quy trình sàng lọc, phân luồng và cách ly người bệnh.',
  'Kết quả, trên địa bàn không ghi nhận trường hợp mắc COVID-19 trong cộng đồng, đời sống nhân dân ổn định, hoạt động sản xuất kinh doanh được khôi phục.',
  'Sự phối hợp giữa các sở, ban, ngành, đoàn thể và Ủy ban nhân dân các huyện, thị xã, thành phố ngày càng nhịp nhàng, hiệu quả.',
  'Công tác thông tin, báo cáo được thực hiện kịp thời, đầy đủ về Sở Y tế - Cơ quan thường trực Ban Chỉ đạo tỉnh theo đúng quy định.',
  'Tỷ lệ người dân thực hiện đeo khẩu trang nơi công cộng đạt {pct}%, tăng rõ rệt so với thời điểm đầu mùa dịch.',
];

const LEADS = [
  'Kết quả đạt được:',
  'Những việc đã làm:',
  'Đánh giá chung:',
  'Về tổ chức thực hiện:',
  'Một số số liệu chính:',
];

const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)] as T;
const int = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function sentence(unitName: string, random: () => number): string {
  const day = int(random, 1, 20);
  const month = int(random, 1, 9);
  const money = int(random, 12, 980) * 1_000_000;
  return pick(SENTENCES, random)
    .replace('{unit}', unitName)
    .replace('{d1}', `${pad2(day)}/${pad2(month)}/2020`)
    .replace('{d2}', `${pad2(day + 7)}/${pad2(month + 2)}/2020`)
    .replace('{money}', money.toLocaleString('vi-VN'))
    .replace('{pct}', String(int(random, 70, 99)))
    .replace(/\{n\d\}/g, () => String(int(random, 3, 2500)));
}

const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * One section's HTML of about `targetBytes` UTF-8 bytes: paragraphs of two to four sentences,
 * sometimes a bold lead-in or a short list, opening with the unit's name so a stored report can
 * be told apart from its neighbours'.
 */
export function sectionHtml(
  unitName: string,
  sectionTitle: string,
  seed: number,
  targetBytes = 1500,
): string {
  const random = seededRandom(seed);
  const parts: string[] = [
    `<p><strong>${unitName}</strong> báo cáo nội dung ${sectionTitle.toLowerCase()}.</p>`,
  ];
  let size = utf8Length(parts[0] as string);
  while (size < targetBytes - 120) {
    let block: string;
    if (random() < 0.15) {
      const items = Array.from({ length: int(random, 2, 3) }, () => `<li>${sentence(unitName, random)}</li>`);
      block = `<ul>${items.join('')}</ul>`;
    } else {
      const count = int(random, 2, 4);
      const text = Array.from({ length: count }, () => sentence(unitName, random)).join(' ');
      block = random() < 0.3 ? `<p><strong>${pick(LEADS, random)}</strong> ${text}</p>` : `<p>${text}</p>`;
    }
    if (size + utf8Length(block) > targetBytes + 400) break;
    parts.push(block);
    size += utf8Length(block);
  }
  return parts.join('').normalize('NFC');
}

export interface ReportIndicator {
  id: string;
  valueType: 'integer' | 'decimal' | 'money';
}

/** A value of the indicator's type: whole counts, one-decimal rates, whole đồng. */
export function indicatorValue(indicator: ReportIndicator, random: () => number): number {
  if (indicator.valueType === 'money') return int(random, 1, 5000) * 100_000;
  if (indicator.valueType === 'decimal') return Math.round(random() * 1000) / 10;
  return int(random, 0, 20_000);
}
