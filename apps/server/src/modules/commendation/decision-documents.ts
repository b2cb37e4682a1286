import { buildDecisionDocument, type DecisionAwardee, formatPlaceDate } from '@tongket/documents/builders';
import {
  type DecisionFile,
  documentReference,
  foldVietnamese,
  formatOfficialDate,
  GENDER_LABELS,
  NOMINEE_KIND_LABELS,
  type NomineeKind,
  vietnamDate,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { conflict } from '../../http/problem.ts';
import type { FileStorage } from '../../kernel/file-store.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { now as clockNow } from '../../lib/clock.ts';
import { renderCertificates, renderDocx, renderPdf } from '../../lib/renderers.ts';
import { newWorkbook } from '../../lib/workbook.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { releasedPdf } from '../signing/index.ts';
import type { DecisionRow } from './decision-store.ts';
import { decisionNominations } from './nomination-store.ts';

const KIND_ORDER: NomineeKind[] = ['collective', 'individual', 'exemplar'];

/** The laws a provincial award decision rests on, as in force on its date. */
export function legalBases(docDate: string): string[] {
  const localGovernment =
    docDate >= '2025-07-01'
      ? 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'
      : 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;';
  if (docDate >= '2024-01-01') {
    return [
      localGovernment,
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ];
  }
  return [
    localGovernment,
    'Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013;',
    'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  ];
}

const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

async function awardeesOf(db: Kysely<Database>, tree: UnitTree, decisionId: string) {
  const rows = await decisionNominations(db, decisionId);
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  return rows.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.nominee_kind as NomineeKind) - KIND_ORDER.indexOf(b.nominee_kind as NomineeKind) ||
      (order.get(a.unit_id) ?? 0) - (order.get(b.unit_id) ?? 0) ||
      a.created_at.localeCompare(b.created_at),
  );
}

/** "Quyết định 12-QĐ-UBND.pdf" for browsers that read UTF-8 names, "quyet-dinh-12.pdf" for the header. */
function decisionFileName(row: DecisionRow, ext: string, suffix = '') {
  const reference = documentReference({ docNumber: row.doc_number, docCode: row.doc_code });
  const base = `quyet-dinh-${row.doc_number || 'du-thao'}`;
  return {
    name: `Quyết định ${row.doc_number ? reference.replace('/', '-') : 'dự thảo'}${suffix}.${ext}`,
    ascii: `${foldVietnamese(`${base}${suffix}`).replace(/ /g, '-')}.${ext}`,
  };
}

/** One of a decision's files: the decision itself, its list as Excel, or the certificates once issued. */
export async function decisionFile(
  db: Kysely<Database>,
  tree: UnitTree,
  campaign: StoredCampaign,
  row: DecisionRow,
  file: DecisionFile,
  awardTypeNames: Map<string, string>,
): Promise<{ bytes: Buffer; contentType: string; name: string; ascii: string }> {
  const awardName = awardTypeNames.get(row.award_type_id) ?? 'Bằng khen';
  const plan = campaign.plan;
  const issuer = tree.byId.get(campaign.issuingUnitId);
  const reference = documentReference({ docNumber: row.doc_number, docCode: row.doc_code });
  const nominations = await awardeesOf(db, tree, row.id);
  const awardees: DecisionAwardee[] = nominations.map((n) => ({
    kind: n.nominee_kind as NomineeKind,
    name: n.name,
    position: n.position,
    workplace: n.workplace,
    unitName: tree.byId.get(n.unit_id)?.name ?? '',
  }));
  const named = (ext: string, suffix = '') => decisionFileName(row, ext, suffix);

  if (file === 'list.xlsx') {
    const workbook = await newWorkbook();
    workbook.creator = 'Tổng kết';
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.columns = [
      { header: 'STT', width: 6 },
      { header: 'Đối tượng', width: 22 },
      { header: 'Họ và tên / Tên tập thể', width: 40 },
      { header: 'Giới tính', width: 10 },
      { header: 'Năm sinh', width: 10 },
      { header: 'Chức vụ', width: 26 },
      { header: 'Nơi công tác', width: 36 },
      { header: 'Đơn vị đề nghị', width: 36 },
    ];
    sheet.getRow(1).font = { bold: true };
    nominations.forEach((n, i) => {
      sheet.addRow([
        i + 1,
        NOMINEE_KIND_LABELS[n.nominee_kind as NomineeKind].vi,
        n.name,
        n.gender ? GENDER_LABELS[n.gender as 'male' | 'female'].vi : '',
        n.birth_year ?? '',
        n.position,
        n.workplace,
        tree.byId.get(n.unit_id)?.name ?? '',
      ]);
    });
    return {
      bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ...named('xlsx', ' - danh sách'),
    };
  }

  const signatureLines = [row.signature_authority, row.signature_deputy, row.signature_title].filter(Boolean);
  const authorityLine = `CHỦ TỊCH ${flat(plan.issuingBody).toLocaleUpperCase('vi')}`;
  if (file === 'certificates.pdf') {
    if (row.status !== 'issued' || !row.doc_date) {
      throw conflict('decision_not_issued');
    }
    const bytes = await renderCertificates({
      authorityLine,
      title: awardName.split(' của ')[0]?.toLocaleUpperCase('vi') ?? 'BẰNG KHEN',
      reason: row.reason.charAt(0).toLocaleUpperCase('vi') + row.reason.slice(1),
      decisionRef: `Quyết định số ${reference} ngày ${formatOfficialDate(row.doc_date)}`,
      placeDate: formatPlaceDate(plan.place, new Date(`${row.doc_date}T12:00:00+07:00`)),
      signature: { lines: signatureLines, name: row.signature_name },
      awardees: nominations.map((n, i) => ({
        name: n.name,
        detail:
          n.nominee_kind === 'collective'
            ? (tree.byId.get(n.unit_id)?.name ?? '')
            : [n.position, n.workplace || tree.byId.get(n.unit_id)?.name].filter(Boolean).join(', '),
        number: `Số: ${i + 1}/${row.doc_number}`,
      })),
    });
    return { bytes, contentType: 'application/pdf', ...named('pdf', ' - bằng khen') };
  }

  const reviewer = plan.nominationReviewer;
  const document = buildDecisionDocument({
    status: row.status === 'issued' ? 'issued' : 'draft',
    parentBody: plan.parentBody,
    issuingBody: plan.issuingBody,
    place: plan.place,
    docNumber: row.doc_number,
    docCode: row.doc_code,
    docDate: row.doc_date,
    summary: row.summary,
    authorityLine,
    bases: [
      ...legalBases(row.doc_date ?? vietnamDate(clockNow())),
      ...(plan.docNumber && plan.docDate
        ? [
            `Căn cứ Kế hoạch số ${documentReference(plan)} ngày ${formatOfficialDate(plan.docDate)} của ${issuer?.shortName ?? 'UBND tỉnh'} về việc ${flat(plan.summary).charAt(0).toLocaleLowerCase('vi')}${flat(plan.summary).slice(1)};`,
          ]
        : []),
    ],
    proposal: reviewer ? `Xét đề nghị của Trưởng ${reviewer}.` : 'Xét đề nghị của cơ quan thường trực.',
    awardName,
    reason: row.reason,
    executors: `Chánh Văn phòng ${issuer?.shortName ?? 'UBND tỉnh'}, ${reviewer ? `Trưởng ${reviewer}, ` : ''}Thủ trưởng các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
    recipients: ['Như Điều 3', 'Lưu: VT, TĐKT'],
    signature: { lines: signatureLines, name: row.signature_name },
    issuerShortName: `Chủ tịch ${issuer?.shortName ?? 'UBND tỉnh'}`,
    awardees,
  });
  if (file === 'decision.pdf') {
    return { bytes: await renderPdf(document), contentType: 'application/pdf', ...named('pdf') };
  }
  return {
    bytes: await renderDocx(document),
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ...named('docx'),
  };
}

/**
 * The decision as the person with authority signs it (the signing step): the text as it will be
 * issued — not marked "DỰ THẢO" — with blanks for the number and date, which the records office
 * puts on at release.
 */
export async function decisionPdfToSign(
  db: Kysely<Database>,
  tree: UnitTree,
  campaign: StoredCampaign,
  row: DecisionRow,
  awardTypeNames: Map<string, string>,
): Promise<Buffer> {
  const unnumbered = { ...row, status: 'issued', doc_number: '', doc_date: null };
  return (await decisionFile(db, tree, campaign, unnumbered, 'decision.pdf', awardTypeNames)).bytes;
}

/**
 * Which PDF of a decision is its document of record: the released signed PDF, byte for byte as the
 * records office signed it, once the decision was released through digital signing; otherwise
 * (a draft, or a decision issued without signing) the PDF rendered from its data.
 */
export async function decisionPdfOfRecord(
  db: Kysely<Database>,
  storage: FileStorage,
  tree: UnitTree,
  campaign: StoredCampaign,
  row: DecisionRow,
  awardTypeNames: Map<string, string>,
): Promise<{ bytes: Buffer; contentType: string; name: string; ascii: string; signed: boolean }> {
  const released = row.status === 'issued' ? await releasedPdf(db, storage, 'decision', row.id) : undefined;
  if (released)
    return { bytes: released, contentType: 'application/pdf', ...decisionFileName(row, 'pdf'), signed: true };
  return { ...(await decisionFile(db, tree, campaign, row, 'decision.pdf', awardTypeNames)), signed: false };
}
