import { type CampaignKind, initials, type Plan, type Unit, type UnitKind } from '@tongket/domain';
import type { UnitTree } from '../../kernel/unit-directory.ts';

const PEOPLES_COMMITTEE: UnitKind[] = ['province', 'district', 'commune'];

/**
 * "UBND tỉnh Quảng Trị" → "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ": the header spells the body out in
 * full, on two lines as the records office sets it, so a long name never breaks mid-word.
 */
export function headerName(name: string, lines: 'two' | 'one' = 'two'): string {
  const gap = lines === 'two' ? '\n' : ' ';
  return name
    .replace(/^(UBND|Ủy ban nhân dân)\s+/i, `Ủy ban nhân dân${gap}`)
    .replace(/^(HĐND|Hội đồng nhân dân)\s+/i, `Hội đồng nhân dân${gap}`)
    .toLocaleUpperCase('vi');
}

/** "UBND tỉnh Quảng Trị" → "Quảng Trị": the place written before the date. */
export function placeName(root: Unit): string {
  return root.name.replace(/^(UBND|Ủy ban nhân dân)\s+(tỉnh|thành phố)\s+/i, '').trim() || root.name;
}

/**
 * A new draft's plan, filled with what follows from the issuing unit so a coordinator starts from
 * a valid header: the body spelled out, its parent body, the place, the document code, the usual
 * signature lines, and "Lưu: VT" as the last recipient.
 */
export function planDefaults(issuing: Unit, standing: Unit, tree: UnitTree, summary: string): Plan {
  const parent = issuing.parentId ? tree.byId.get(issuing.parentId) : undefined;
  const root = tree.byId.get(tree.ancestorIds(issuing.id).at(-1) ?? issuing.id) ?? issuing;
  const committee = PEOPLES_COMMITTEE.includes(issuing.kind);
  const code = committee ? 'UBND' : initials(issuing.shortName ?? issuing.name).toUpperCase();
  return {
    // The parent body is a single line above the issuing body.
    parentBody: committee || !parent ? '' : headerName(parent.name, 'one'),
    issuingBody: headerName(issuing.name),
    docNumber: '',
    docCode: `KH-${code}`,
    place: placeName(root),
    docDate: null,
    docType: 'KẾ HOẠCH',
    summary,
    situation: '',
    purpose: '',
    programme: [],
    conferenceTime: '',
    conferenceStartsAt: null,
    venue: '',
    delegateGroups: [],
    expectedDelegates: null,
    budgetLines: [],
    awardGroups: [],
    nominationDeadline: null,
    nominationTo: `${standing.name} - Cơ quan thường trực`,
    nominationReviewer: '',
    tasks: [],
    reportDeadline: null,
    submissionTo: `${standing.name} - Cơ quan thường trực`,
    submissionEmail: standing.email ?? '',
    signedReports: false,
    closing: '',
    recipients: [{ id: '', text: 'Lưu: VT', unitIds: [] }],
    signature: committee
      ? { authority: 'TM. ỦY BAN NHÂN DÂN', deputy: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: '' }
      : { authority: '', deputy: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: '' },
  };
}

/** A round's subject when it was given no name: the kind of review, with no particular disease. */
export function defaultSummary(kind: CampaignKind): string {
  return kind === 'so_ket'
    ? 'Sơ kết công tác phòng, chống dịch'
    : 'Tổ chức Hội nghị tổng kết công tác phòng, chống dịch';
}
