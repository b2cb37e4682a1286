import { INDICATOR_AGGREGATION_LABELS, type IndicatorTotal } from '@tongket/domain';
import { closeBody, formatPlaceDate } from './decree30.ts';
import { htmlToBlocks } from './html-blocks.ts';
import type { Block, OfficialDocument } from './model.ts';

export interface ConsolidatedDocumentInput {
  parentBody: string;
  issuingBody: string;
  place: string;
  /** 'BC-UBND': the records office numbers it when it is signed. */
  docCode: string;
  /** The number given at the release ("45"); empty or absent, a blank for it. */
  docNumber?: string;
  /**
   * Marked "DỰ THẢO" (the default): a working draft. False for the text as it is signed and
   * released (docs/signatures.md), its number and date blank until the release fills them.
   */
  draft?: boolean;
  /** yyyy-mm-dd, or null to leave the day and month for the clerk. */
  docDate: string | null;
  /** The year printed when the day is left blank; default the current year. */
  year?: number;
  /** "Tổng kết công tác phòng, chống dịch Covid-19 giai đoạn 1" */
  summary: string;
  /** The plan it answers: "Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh". */
  planReference: string;
  sections: Array<{ label: string; title: string; depth: number; html: string }>;
  indicators: IndicatorTotal[];
  recipients: string[];
  signature: { lines: string[]; name: string };
}

const formatNumber = (value: number | null, valueType: string) => {
  if (value === null) return '—';
  const rounded = valueType === 'decimal' || !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;
  return rounded.toLocaleString('vi-VN');
};

/** The outline's number as printed: "I.2" → "2.", "I" → "I.", "I.2.a" → "a)". */
function ownLabel(path: string, depth: number): string {
  const own = path.split('.').at(-1) ?? path;
  return depth >= 2 ? `${own})` : `${own}.`;
}

/**
 * The consolidated report as an official document (a draft for the records office to number and
 * the leadership to sign): BÁO CÁO, its summary, every section of the outline with the standing
 * agency's text, and the indicator totals as an appendix table.
 */
export function buildConsolidatedDocument(input: ConsolidatedDocumentInput): OfficialDocument {
  const body: Block[] = [
    {
      kind: 'paragraph',
      runs: [
        `Thực hiện ${input.planReference}, trên cơ sở báo cáo của các cơ quan, đơn vị, địa phương, kết quả ${input.summary.charAt(0).toLocaleLowerCase('vi')}${input.summary.slice(1)} như sau:`,
      ],
    },
  ];
  for (const section of input.sections) {
    body.push({
      kind: 'heading',
      level: Math.min(section.depth + 1, 3) as 1 | 2 | 3,
      label: ownLabel(section.label, section.depth),
      text: section.title,
    });
    // Each section's text becomes blocks when the renderer reaches it; the last one now, so the
    // report's last paragraph can take its closing mark.
    const html = section.html;
    if (section === input.sections.at(-1)) body.push(...htmlToBlocks(html));
    else if (html.trim()) body.push({ kind: 'deferred', blocks: () => htmlToBlocks(html) });
  }
  const withFigures = input.indicators.filter((i) => i.reported > 0);
  // A unit that reported together with its own sub-units: its figure stands for them (ROLLUP_RULE);
  // the appendix names it, so the totals can be checked against the units' reports.
  const ownFigureUnits = [...new Set(withFigures.flatMap((i) => i.ownFigureUnits.map((u) => u.unitName)))];
  // The report's last lines go over with the signature: never a signature alone on its page.
  const lastText = body.at(-1);
  if (lastText?.kind === 'paragraph') lastText.keepWithNext = true;
  if (withFigures.length > 0) {
    body.push({
      kind: 'paragraph',
      runs: [{ text: '(Số liệu tổng hợp các chỉ tiêu tại Phụ lục kèm theo)', italic: true }],
      keepWithNext: true,
    });
  }
  const dated = input.docDate
    ? formatPlaceDate(input.place, new Date(`${input.docDate}T12:00:00+07:00`))
    : `${input.place}, ngày      tháng      năm ${input.year ?? new Date().getFullYear()}`;
  return {
    header: {
      parentBody: input.parentBody || undefined,
      issuingBody: input.issuingBody,
      number: `${input.docNumber ?? '     '}/${input.docCode}`,
      placeDate: dated,
    },
    docType: 'BÁO CÁO',
    summary: [input.summary],
    body: closeBody(body),
    signature: input.signature,
    recipients: input.recipients,
    draft: input.draft ?? true,
    appendices:
      withFigures.length > 0
        ? [
            {
              title: ['PHỤ LỤC', 'SỐ LIỆU TỔNG HỢP CÁC CHỈ TIÊU'],
              subtitle: `(Kèm theo Báo cáo ${input.summary.charAt(0).toLocaleLowerCase('vi')}${input.summary.slice(1)})`,
              body: [
                {
                  kind: 'table',
                  columns: [
                    { weight: 1, align: 'center' },
                    { weight: 7 },
                    { weight: 2, align: 'center' },
                    { weight: 2, align: 'center' },
                    { weight: 3, align: 'right' },
                    { weight: 2, align: 'center' },
                  ],
                  header: [
                    [
                      ['STT'],
                      ['Chỉ tiêu'],
                      ['Đơn vị tính'],
                      ['Cách tổng hợp'],
                      ['Số liệu'],
                      ['Số đơn vị báo cáo'],
                    ],
                  ],
                  rows: withFigures.map((i, n) => [
                    [String(n + 1)],
                    [`${i.name} (mục ${i.sectionLabel})`],
                    [i.unit],
                    [INDICATOR_AGGREGATION_LABELS[i.aggregation].vi],
                    [formatNumber(i.total, i.valueType)],
                    [String(i.reported)],
                  ]),
                  sizePt: 12,
                },
                ...(ownFigureUnits.length > 0
                  ? [
                      {
                        kind: 'paragraph' as const,
                        runs: [
                          {
                            text: `Ghi chú: số liệu của ${ownFigureUnits.join(', ')} là số của chính đơn vị, đã bao gồm các đơn vị cấp dưới cùng báo cáo; không cộng thêm số liệu của các đơn vị cấp dưới đó để tránh tính trùng.`,
                            italic: true,
                          },
                        ],
                      },
                    ]
                  : []),
              ],
            },
          ]
        : [],
    metadata: {
      title: `BÁO CÁO ${input.summary}`,
      subject: input.summary,
      author: input.issuingBody.replace(/\s*\n\s*/g, ' '),
    },
  };
}
