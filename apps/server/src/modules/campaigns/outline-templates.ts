import { type OutlineInput, type OutlineTemplate, outlineInputSchema } from '@tongket/domain';
import type { UnitTree } from '../../kernel/unit-directory.ts';

const section = (title: string, children: OutlineInput['sections'] = [], required = true) => ({
  title,
  required,
  children,
});

/**
 * The outline attached to Quảng Trị plan 2519/KH-UBND (seed 000), word for word, with the
 * indicators a province usually asks for under the sections that count things.
 */
export const QUANG_TRI_2020: OutlineInput = {
  title: 'BÁO CÁO',
  summary: 'Tổng kết công tác phòng, chống dịch Covid-19 giai đoạn 1',
  sections: [
    section('KẾT QUẢ TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH COVID-19', [
      section('Công tác chỉ đạo, điều hành:', []),
      {
        ...section('Công tác tuyên truyền:'),
        indicators: [
          {
            name: 'Số tin, bài, phóng sự đã phát',
            unit: 'tin, bài',
            valueType: 'integer',
            aggregation: 'sum',
          },
          { name: 'Số tờ rơi, áp phích đã phát hành', unit: 'tờ', valueType: 'integer', aggregation: 'sum' },
        ],
      },
      {
        ...section('Công tác kiểm tra, giám sát:'),
        indicators: [
          { name: 'Số cuộc kiểm tra, giám sát', unit: 'cuộc', valueType: 'integer', aggregation: 'sum' },
        ],
      },
      {
        ...section(
          'Công tác khảo sát, lựa chọn các khu cách ly tập trung và tổ chức đón tiếp công dân, quản lý, điều hành tại các khu cách ly tập trung',
        ),
        indicators: [
          { name: 'Số khu cách ly tập trung', unit: 'khu', valueType: 'integer', aggregation: 'sum' },
          { name: 'Số người đã cách ly tập trung', unit: 'người', valueType: 'integer', aggregation: 'sum' },
        ],
      },
      {
        ...section('Công tác chuyên môn:'),
        indicators: [
          { name: 'Số mẫu xét nghiệm SARS-CoV-2', unit: 'mẫu', valueType: 'integer', aggregation: 'sum' },
          { name: 'Số trường hợp dương tính', unit: 'trường hợp', valueType: 'integer', aggregation: 'sum' },
        ],
      },
      {
        ...section('Về công tác khai báo y tế bắt buộc và khai báo y tế tự nguyện'),
        indicators: [
          { name: 'Số lượt khai báo y tế', unit: 'lượt', valueType: 'integer', aggregation: 'sum' },
        ],
      },
      {
        ...section('Về chi ngân sách phục vụ công tác phòng, chống dịch bệnh'),
        indicators: [{ name: 'Kinh phí đã chi', unit: 'đồng', valueType: 'money', aggregation: 'sum' }],
      },
      {
        ...section('Công tác vận động ủng hộ phòng, chống dịch Covid-19'),
        indicators: [{ name: 'Tiền mặt đã vận động', unit: 'đồng', valueType: 'money', aggregation: 'sum' }],
      },
      section(
        'Một số hoạt động nổi bật của ngành, đơn vị, địa phương trong công tác phòng, chống dịch bệnh.',
        [],
        false,
      ),
    ]),
    section('ĐÁNH GIÁ, NHẬN XÉT', [
      section('Thuận lợi'),
      section('Khó khăn, tồn tại'),
      section('Đề xuất, kiên nghị', [], false),
    ]),
    section('PHƯƠNG HƯỚNG PHÒNG, CHỐNG DỊCH TRONG GIAI ĐOẠN TIẾP THEO'),
  ],
};

/** The Bình Dương interim-review outline (2021), shaped on what its directive asks a report to cover. */
export const BINH_DUONG_2021: OutlineInput = {
  title: 'BÁO CÁO',
  summary: 'Sơ kết công tác phòng, chống dịch COVID-19',
  sections: [
    section('TÌNH HÌNH DỊCH BỆNH VÀ KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG DỊCH', [
      section('Tình hình dịch bệnh trên địa bàn'),
      section('Công tác chỉ đạo, điều hành'),
      section('Kết quả thực hiện các biện pháp phòng, chống dịch'),
    ]),
    section('ĐÁNH GIÁ CHUNG', [
      section('Những kết quả đạt được'),
      section('Tồn tại, hạn chế và nguyên nhân'),
      section('Bài học kinh nghiệm'),
    ]),
    section('DỰ BÁO, PHƯƠNG HƯỚNG CÔNG TÁC PHÒNG, CHỐNG DỊCH THỜI GIAN TỚI'),
    section('ĐỀ XUẤT, KIẾN NGHỊ', [], false),
  ],
};

/** An outline to write from scratch: no sections, nothing about any particular disease. */
export const BLANK: OutlineInput = { title: 'BÁO CÁO', summary: '', sections: [] };

export interface OutlineTemplateDefinition {
  id: string;
  name: string;
  /** The code of the province (the top unit of the tree) whose outline it is; null for everyone's. */
  province: string | null;
  outline: OutlineInput;
}

export const OUTLINE_TEMPLATES: OutlineTemplateDefinition[] = [
  {
    id: 'quang-tri-2020',
    name: 'Đề cương báo cáo tổng kết (Kế hoạch 2519/KH-UBND tỉnh Quảng Trị)',
    province: 'QT',
    outline: QUANG_TRI_2020,
  },
  {
    id: 'binh-duong-2021',
    name: 'Đề cương báo cáo sơ kết (tỉnh Bình Dương, năm 2021)',
    province: 'BD',
    outline: BINH_DUONG_2021,
  },
  { id: 'blank', name: 'Đề cương trống (tự soạn các mục)', province: null, outline: BLANK },
];

/** The templates offered to a unit: its own province's outlines first, then the blank one. */
export function templatesFor(tree: UnitTree, unitId: string): OutlineTemplateDefinition[] {
  const province = tree.byId.get(tree.ancestorIds(unitId).at(-1) ?? unitId)?.code;
  return OUTLINE_TEMPLATES.filter((t) => t.province === null || t.province === province).sort(
    (a, b) => Number(a.province === null) - Number(b.province === null),
  );
}

export function findOutlineTemplate(tree: UnitTree, unitId: string, id: string) {
  return templatesFor(tree, unitId).find((t) => t.id === id);
}

/** The templates offered to a unit as the answer shows them. */
export function templateAnswers(tree: UnitTree, unitId: string): OutlineTemplate[] {
  return templatesFor(tree, unitId).map((t) => ({
    id: t.id,
    name: t.name,
    outline: templateOutline(t.outline),
  }));
}

/** A template as an outline answer: ids are positions, replaced by real ids when saved. */
function templateOutline(input: OutlineInput): OutlineTemplate['outline'] {
  const parsed = outlineInputSchema.parse(input);
  let n = 0;
  type S = (typeof parsed.sections)[number];
  const withIds = (sections: S[]): unknown[] =>
    sections.map((s) => ({
      ...s,
      id: `tpl-${++n}`,
      indicators: s.indicators.map((i) => ({ ...i, id: `tpl-${++n}` })),
      children: withIds(s.children as S[]),
    }));
  return { ...parsed, sections: withIds(parsed.sections) } as OutlineTemplate['outline'];
}

export type { OutlineTemplate };
