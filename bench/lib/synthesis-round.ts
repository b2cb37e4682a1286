/**
 * A generated round for the synthesis benchmark: units writing a dozen sections from a pool of
 * labelled themes — each in one of its wordings, with the unit's own figures — plus, here and there,
 * a unit's own concrete point (a named place, a figure) that nobody else reports, a unit that
 * pasted another's text, one that wrote in capitals and a few that wrote a sentence in a section of
 * another kind (a proposal under the results). Every sentence carries its theme's label, so a draft
 * can be checked for which themes it kept, and every misplaced one the section it belongs to.
 */
import type { Outline, OutlineSection } from '@tongket/domain';
import type { SynthesisContribution } from '../../apps/server/src/modules/consolidation/index.ts';
import { seededRandom } from './report-text.ts';

/** Each theme in two wordings; {u} the unit's name, {n} a figure of its own. */
const THEMES: Array<[string, string]> = [
  [
    '{u} đã ban hành {n} văn bản chỉ đạo, kế hoạch và hướng dẫn thực hiện các biện pháp phòng, chống dịch.',
    'Ban hành {n} văn bản chỉ đạo, hướng dẫn và kế hoạch phòng, chống dịch trên địa bàn.',
  ],
  [
    'Kiện toàn Ban Chỉ đạo phòng, chống dịch, phân công thành viên phụ trách từng địa bàn, duy trì chế độ trực 24/24 giờ.',
    'Ban Chỉ đạo phòng, chống dịch được kiện toàn, các thành viên được phân công phụ trách địa bàn và trực 24/24 giờ.',
  ],
  [
    'Tổ chức {n} cuộc kiểm tra việc chấp hành quy định phòng, chống dịch tại chợ, siêu thị và cơ sở kinh doanh.',
    'Các đoàn kiểm tra đã tiến hành {n} cuộc kiểm tra tại chợ, siêu thị, cơ sở kinh doanh về chấp hành quy định phòng dịch.',
  ],
  [
    'Tuyên truyền trên hệ thống loa truyền thanh cơ sở, mạng xã hội và tờ rơi về đeo khẩu trang, rửa tay, khai báo y tế.',
    'Nội dung tuyên truyền về đeo khẩu trang, rửa tay và khai báo y tế được phát trên loa truyền thanh, mạng xã hội, tờ rơi.',
  ],
  [
    'Tiếp nhận, quản lý {n} công dân tại các khu cách ly tập trung, bảo đảm ăn ở, an ninh trật tự và vệ sinh môi trường.',
    'Các khu cách ly tập trung đã tiếp nhận {n} công dân, bảo đảm ăn ở, vệ sinh môi trường và an ninh trật tự.',
  ],
  [
    'Lấy {n} mẫu xét nghiệm SARS-CoV-2 cho người về từ vùng dịch, tất cả đều âm tính.',
    'Đã lấy {n} mẫu xét nghiệm SARS-CoV-2 đối với người từ vùng dịch trở về, kết quả đều âm tính.',
  ],
  [
    'Tập huấn cho cán bộ y tế cơ sở về sàng lọc, phân luồng, cách ly và điều trị người bệnh.',
    'Cán bộ y tế cơ sở được tập huấn về quy trình sàng lọc, phân luồng, cách ly, điều trị người bệnh.',
  ],
  [
    'Vận động cán bộ, hội viên và doanh nghiệp ủng hộ {n} triệu đồng cùng nhu yếu phẩm cho lực lượng tuyến đầu.',
    'Cán bộ, hội viên, doanh nghiệp đã ủng hộ {n} triệu đồng và nhu yếu phẩm cho lực lượng tuyến đầu chống dịch.',
  ],
  [
    'Duy trì các chốt kiểm soát dịch tại cửa ngõ ra vào địa bàn với sự tham gia của công an, quân sự, y tế và thanh niên tình nguyện.',
    'Các chốt kiểm soát dịch ở cửa ngõ địa bàn được duy trì, có công an, quân sự, y tế và thanh niên tình nguyện tham gia.',
  ],
  [
    'Chi {n} triệu đồng từ ngân sách mua sắm trang thiết bị, vật tư y tế và bảo đảm hoạt động của khu cách ly.',
    'Kinh phí ngân sách đã chi {n} triệu đồng cho mua sắm trang thiết bị, vật tư y tế, bảo đảm hoạt động khu cách ly.',
  ],
  [
    'Sự lãnh đạo sát sao của cấp ủy, chính quyền và sự vào cuộc của cả hệ thống chính trị là yếu tố quyết định thành công.',
    'Cả hệ thống chính trị vào cuộc cùng sự lãnh đạo sát sao của cấp ủy, chính quyền đã quyết định thành công.',
  ],
  [
    'Người dân đồng thuận, chấp hành nghiêm các biện pháp giãn cách xã hội và khai báo y tế.',
    'Nhân dân đồng thuận cao, chấp hành nghiêm giãn cách xã hội và khai báo y tế trung thực.',
  ],
  [
    'Nhân lực y tế tuyến cơ sở còn mỏng, trang thiết bị xét nghiệm và phương tiện phòng hộ còn thiếu.',
    'Trang thiết bị xét nghiệm, phương tiện phòng hộ còn thiếu; nhân lực y tế tuyến cơ sở mỏng.',
  ],
  [
    'Một bộ phận người dân còn chủ quan, lơ là, chưa đeo khẩu trang nơi công cộng.',
    'Vẫn còn một bộ phận người dân chủ quan, lơ là, không đeo khẩu trang ở nơi công cộng.',
  ],
  [
    'Kinh phí bảo đảm cho khu cách ly tập trung và chế độ cho lực lượng trực chốt có lúc chưa kịp thời.',
    'Chế độ cho lực lượng trực chốt và kinh phí bảo đảm khu cách ly tập trung có lúc chưa kịp thời.',
  ],
  [
    'Đề nghị Bộ Y tế bổ sung sinh phẩm xét nghiệm và máy xét nghiệm RT-PCR cho tuyến tỉnh.',
    'Kiến nghị Bộ Y tế hỗ trợ máy xét nghiệm RT-PCR và sinh phẩm xét nghiệm cho tuyến tỉnh.',
  ],
  [
    'Đề nghị UBND tỉnh sớm ban hành mức chi hỗ trợ cho lực lượng trực chốt và phục vụ khu cách ly.',
    'Kiến nghị UBND tỉnh sớm quy định mức chi hỗ trợ lực lượng trực chốt, phục vụ khu cách ly.',
  ],
  [
    'Đề nghị Sở Y tế tăng cường tập huấn chuyên môn cho trạm y tế xã.',
    'Đề nghị Sở Y tế tổ chức thêm các lớp tập huấn chuyên môn cho trạm y tế xã.',
  ],
];

/** Points one unit alone makes: a named place, a figure, a measure of its own. */
const OWN_POINTS = [
  'Tại thôn Tà Rùng, lập tổ tự quản {n} hộ dân giám sát người qua lại đường mòn biên giới.',
  'Phối hợp Bến xe Đông Hà bố trí điểm khai báo y tế lưu động phục vụ {n} lượt hành khách.',
  'Mở lớp học qua truyền hình cho {n} học sinh lớp 9 và lớp 12 trong thời gian nghỉ học.',
  'Cây ATM gạo đặt tại chợ Cam Lộ phát {n} kg gạo cho người lao động mất việc.',
  'Chuyển đổi hội trường Nhà văn hóa huyện thành khu cách ly dự phòng {n} giường.',
  'Ký kết với Hợp tác xã Triệu Long cung ứng rau sạch cho khu cách ly Trường Quân sự tỉnh.',
  'Thí điểm phần mềm quản lý người cách ly tại nhà bằng mã QR ở phường Đông Lương.',
  'Đội xung kích Đồn Biên phòng La Lay tuần tra {n} chuyến trên các lối mở.',
  'Sản xuất {n} tấm chắn giọt bắn bằng nhựa tái chế tặng các chốt kiểm soát.',
  'Bệnh viện Đa khoa tỉnh lập phòng áp lực âm {n} giường điều trị bệnh nhân nặng.',
  'Phát thanh tiếng Vân Kiều và Pa Kô trên đài truyền thanh xã Hướng Phùng.',
  'Hỗ trợ {n} hộ kinh doanh du lịch ở Cửa Tùng giãn nợ vay ngân hàng chính sách.',
  'Lập nhóm Zalo kết nối {n} trưởng thôn với Trạm Y tế để báo tin người về từ vùng dịch.',
  'Khử khuẩn toàn bộ Cảng cá Cửa Việt và {n} tàu thuyền neo đậu.',
  'Cán bộ hưu trí phường Đông Giang may {n} chiếc khẩu trang vải phát miễn phí.',
  'Đưa xe khám lưu động lên xã A Túc khám sàng lọc cho {n} người cao tuổi.',
  'Tổ chức lễ cưới trực tuyến đầu tiên tại thị trấn Ái Tử với {n} khách mời dự qua mạng.',
  'Chùa Sắc Tứ tặng {n} suất cơm chay cho khu cách ly Khe Sanh.',
  'Trường Cao đẳng Y tế cử {n} sinh viên năm cuối hỗ trợ điều tra dịch tễ.',
  'Hiệu chỉnh camera giao thông trên Quốc lộ 9 đếm {n} phương tiện qua chốt mỗi ngày.',
];

export interface LabelledRound {
  outline: Pick<Outline, 'sections'>;
  contributions: Map<string, SynthesisContribution[]>;
  /** Section id → sentence as written → its theme's label. */
  labels: Map<string, Map<string, string>>;
  /** Distinct labels present in each section's inputs. */
  themes: Map<string, Set<string>>;
  /**
   * Text written in the wrong section: section id → `misplacedKey(unit id, sentence as written)` →
   * the section it belongs to. Not among the labels (not a theme of the section it was written in).
   */
  misplaced: Map<string, Map<string, string>>;
  inputChars: number;
}

const SECTION_TITLES = [
  'Công tác chỉ đạo, điều hành',
  'Công tác tuyên truyền',
  'Công tác kiểm tra, giám sát',
  'Công tác cách ly tập trung',
  'Công tác chuyên môn, xét nghiệm',
  'Công tác hậu cần, kinh phí',
  'Công tác vận động, hỗ trợ',
  'Một số hoạt động nổi bật',
  'Thuận lợi',
  'Khó khăn, tồn tại',
  'Bài học kinh nghiệm',
  'Kiến nghị, đề xuất',
];
/** Which themes each section's units write about (indices into THEMES). */
const SECTION_THEMES: number[][] = [
  [0, 1, 8, 11],
  [3, 11, 0, 13],
  [2, 8, 13, 0],
  [4, 9, 8, 14],
  [5, 6, 4, 12],
  [9, 7, 14, 4],
  [7, 11, 3, 9],
  [8, 3, 6, 5],
  [10, 11, 7, 1],
  [12, 13, 14, 2],
  [10, 1, 11, 6],
  [15, 16, 17, 14],
];

/**
 * Text in the wrong section, [section written in, section it belongs to, wordings]: a proposal
 * under the inspections (results), results of inspections and tests under the lessons, a
 * difficulty under the proposals. One unit in `MISPLACED_EVERY` writes one, in one of its wordings.
 */
const MISPLACED: Array<[number, number, string[]]> = [
  [
    2,
    11,
    [
      'Kính đề nghị Bộ Y tế sớm bổ sung sinh phẩm xét nghiệm, máy xét nghiệm RT-PCR cho tuyến tỉnh.',
      'Đề nghị UBND tỉnh sớm quy định mức chi hỗ trợ cho lực lượng trực chốt và phục vụ khu cách ly tập trung.',
    ],
  ],
  [
    10,
    2,
    [
      'Trong năm đã tổ chức {n} cuộc kiểm tra chấp hành quy định phòng, chống dịch tại chợ, siêu thị, cơ sở kinh doanh.',
      'Các đoàn liên ngành kiểm tra {n} cơ sở kinh doanh, chợ và siêu thị về chấp hành quy định phòng dịch.',
    ],
  ],
  [
    10,
    4,
    ['Đã lấy {n} mẫu xét nghiệm SARS-CoV-2 đối với người về từ vùng dịch, kết quả tất cả đều âm tính.'],
  ],
  [11, 9, ['Nhân lực y tế cơ sở mỏng, thiếu trang thiết bị xét nghiệm và phương tiện phòng hộ cá nhân.']],
];
const MISPLACED_EVERY = 199;

/** A sentence of one unit: several units may write the same misplaced sentence. */
export const misplacedKey = (unitId: string, text: string) => `${unitId}\u0000${text}`;

const section = (id: string, title: string): OutlineSection =>
  ({ id, title, required: true, guidance: '', indicators: [], children: [] }) as unknown as OutlineSection;

export function labelledRound(units: number, seed = 1): LabelledRound {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const outline = {
    sections: SECTION_TITLES.map((t, i) => section(`s${i + 1}`, t)),
  };
  const names = Array.from({ length: units }, (_, i) =>
    i % 3 === 0
      ? `UBND xã Thử Nghiệm ${i + 1}`
      : i % 3 === 1
        ? `Trạm Y tế số ${i + 1}`
        : `Phòng Y tế số ${i + 1}`,
  );
  const contributions = new Map<string, SynthesisContribution[]>();
  const labels = new Map<string, Map<string, string>>();
  const themes = new Map<string, Set<string>>();
  const misplaced = new Map<string, Map<string, string>>();
  let inputChars = 0;
  SECTION_TITLES.forEach((_, s) => {
    const id = `s${s + 1}`;
    const list: SynthesisContribution[] = [];
    const labelOf = new Map<string, string>();
    const present = new Set<string>();
    // The section's own points go to units spread over the round, one each.
    const ownAt = new Map<number, number>();
    OWN_POINTS.forEach((_, k) => {
      ownAt.set((k * 47 + s * 13) % units, k);
    });
    let copiedFrom: string | null = null;
    for (let u = 0; u < units; u++) {
      const name = names[u] as string;
      const sentences: string[] = [];
      (SECTION_THEMES[s] as number[]).forEach((t, rank) => {
        // The first theme nearly everyone writes, the last one in four units.
        if (random() > 0.95 - rank * 0.22) return;
        const pair = THEMES[t] as [string, string];
        const text = pair[random() < 0.5 ? 0 : 1]
          .replace('{u}', name)
          .replace('{n}', () => String(int(2, 400)));
        sentences.push(text);
        labelOf.set(text, `t${t}`);
        present.add(`t${t}`);
      });
      const own = ownAt.get(u);
      if (own !== undefined) {
        const text = (OWN_POINTS[own] as string).replace('{n}', () => String(int(3, 900)));
        sentences.push(text);
        labelOf.set(text, `own${own}`);
        present.add(`own${own}`);
      }
      MISPLACED.forEach(([from, to, wordings], k) => {
        if (from !== s || (u + k * 31) % MISPLACED_EVERY !== 5) return;
        const text = (wordings[u % wordings.length] as string).replace('{n}', () => String(int(2, 400)));
        sentences.push(text);
        const list = misplaced.get(id) ?? new Map<string, string>();
        list.set(misplacedKey(`u${u}`, text), `s${to + 1}`);
        misplaced.set(id, list);
      });
      let html = sentences.map((t) => `<p>${t}</p>`).join('');
      // Unit 7 pastes unit 6's text; unit 11 writes in capitals.
      if (u === 6) copiedFrom = html;
      if (u === 7 && copiedFrom) html = copiedFrom;
      if (u === 11) html = html.toLocaleUpperCase('vi');
      if (u === 7 || u === 11) {
        // Their sentences count for the labels of what they copied or shouted.
        for (const [text, label] of [...labelOf]) labelOf.set(text.toLocaleUpperCase('vi'), label);
      }
      inputChars += html.replace(/<[^>]+>/g, '').length;
      list.push({ unitId: `u${u}`, unitName: name, submissionId: `sub${u}`, html });
    }
    contributions.set(id, list);
    labels.set(id, labelOf);
    themes.set(id, present);
  });
  return { outline, contributions, labels, themes, misplaced, inputChars };
}
