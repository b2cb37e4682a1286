/**
 * The released award decision and the released conference invitation as edXML packages (QCVN
 * 102:2016/BTTTT; docs/signatures.md, "edXML of released documents"), as the plan's export
 * (modules/campaigns/plan-edxml.ts): from the issuing unit to the receiving units by their agency
 * codes, with the number and notation, date, type, subject, signer and "Nơi nhận" in the header,
 * and the released signed PDF — the document of record, byte for byte — attached. Only a document
 * released through the signing protocol is exported: its signed PDF is what the receiver files.
 */
import { buildEdxmlPackage, pdfPageCount } from '@tongket/documents/builders';
import { foldVietnamese, type Unit } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { conflict } from '../http/problem.ts';
import type { FileStorage } from '../kernel/file-store.ts';
import type { UnitTree } from '../kernel/unit-directory.ts';
import type { StoredCampaign } from '../modules/campaigns/index.ts';
import { releasedPdf } from '../modules/signing/index.ts';

type Kind = 'decision' | 'invitation';

export interface EdxmlFile {
  xml: string;
  name: { ascii: string; unicode: string };
}

/** The issuing unit as the sender, refused by name without an agency code. */
function sender(campaign: StoredCampaign, tree: UnitTree): Unit {
  const issuer = tree.byId.get(campaign.issuingUnitId);
  if (!issuer) throw new Error(`issuing unit ${campaign.issuingUnitId} is not in the tree`);
  if (!issuer.agencyCode) throw conflict('edxml_sender_code_missing', { unit: issuer.name });
  return issuer;
}

/** The units a document goes to, once each in the order given, without the issuer; refused without one, or one without a code. */
function receivers(kind: Kind, unitIds: Iterable<string | null>, issuer: Unit, tree: UnitTree): Unit[] {
  const seen = new Set<string>([issuer.id]);
  const units: Unit[] = [];
  for (const id of unitIds) {
    const unit = id ? tree.byId.get(id) : undefined;
    if (!unit || seen.has(unit.id)) continue;
    seen.add(unit.id);
    units.push(unit);
  }
  if (units.length === 0) throw conflict('edxml_no_receiving_units', { case: kind });
  const uncoded = units.filter((u) => !u.agencyCode).map((u) => u.name);
  if (uncoded.length > 0) throw conflict('edxml_receiver_codes_missing', { units: uncoded });
  return units;
}

/** "Quyết định 4811-QĐ-UBND.edxml", and in ASCII "quyet-dinh-4811-QD-UBND.edxml" (the notation keeps its capitals, as the plan's). */
function fileName(label: string, reference: string): EdxmlFile['name'] {
  const notation = reference
    .replace(/\//g, '-')
    .replace(/Đ/g, 'D')
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[^A-Za-z0-9-]/g, '');
  const ascii = `${foldVietnamese(label).replace(/ /g, '-')}-${notation}`;
  return { unicode: `${label} ${reference.replace(/\//g, '-')}.edxml`, ascii: `${ascii}.edxml` };
}

const competence = (authority: string, deputy: string) => [authority, deputy].filter(Boolean).join(', ');

/** What the decision's export needs of it (the commendation module's row). */
export interface DecisionForEdxml {
  id: string;
  status: string;
  doc_number: string;
  doc_code: string;
  doc_date: string | null;
  summary: string;
  signature_authority: string;
  signature_deputy: string;
  signature_title: string;
  signature_name: string;
}

/**
 * The released award decision: to the units whose nominations it decides ("Như Điều 3": they carry
 * it out and hand the awards on), the released signed PDF attached.
 */
export async function decisionEdxml(
  db: Kysely<Database>,
  storage: FileStorage,
  tree: UnitTree,
  campaign: StoredCampaign,
  row: DecisionForEdxml,
  now: Date,
): Promise<EdxmlFile> {
  const pdf = row.status === 'issued' ? await releasedPdf(db, storage, 'decision', row.id) : undefined;
  if (!pdf || !row.doc_date) throw conflict('edxml_not_released', { case: 'decision' });
  const issuer = sender(campaign, tree);
  const nominated = await db
    .selectFrom('nominations')
    .select('unit_id')
    .where('decision_id', '=', row.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  const unitIds = nominated.map((n) => n.unit_id).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const to = receivers('decision', unitIds, issuer, tree);
  const reference = `${row.doc_number}/${row.doc_code}`;
  const xml = buildEdxmlPackage({
    from: edxmlSender(issuer, tree),
    to: to.map((u) => ({ agencyCode: u.agencyCode, name: u.name, email: u.email })),
    codeNumber: row.doc_number,
    codeNotation: row.doc_code,
    place: campaign.plan.place,
    promulgationDate: row.doc_date,
    documentType: { type: 2, typeName: 'Quyết định' },
    subject: row.summary,
    signer: {
      competence: competence(row.signature_authority, row.signature_deputy),
      position: row.signature_title,
      fullName: row.signature_name,
    },
    dueDate: null,
    toPlaces: to.map((u) => u.name),
    otherInfo: {
      sphereOfPromulgation: 'Liên thông văn bản',
      promulgationAmount: to.length,
      pageAmount: pdfPageCount(pdf),
    },
    attachments: [
      {
        name: `Quyết định ${reference.replace('/', '-')}.pdf`,
        contentType: 'application/pdf',
        description: `Quyết định số ${reference} (bản điện tử đã ký số)`,
        bytes: pdf,
      },
    ],
    sentAt: now,
  });
  return { xml, name: fileName('Quyết định', reference) };
}

/** What the invitation's export needs of the conference (the conference module's row). */
export interface ConferenceForEdxml {
  id: string;
  title: string;
  date: string | null;
  invitation_number: string;
  invitation_code: string;
  invitation_date: string | null;
  signature_authority: string;
  signature_deputy: string;
  signature_title: string;
  signature_name: string;
}

/**
 * The released invitation: to the units of the delegates invited (each unit passes it on to its
 * own delegates), the released signed PDF attached; its due date is the conference's day.
 */
export async function invitationEdxml(
  db: Kysely<Database>,
  storage: FileStorage,
  tree: UnitTree,
  campaign: StoredCampaign,
  conference: ConferenceForEdxml,
  delegateUnitIds: Iterable<string | null>,
  now: Date,
): Promise<EdxmlFile> {
  const pdf = await releasedPdf(db, storage, 'invitation', conference.id);
  if (!pdf || !conference.invitation_date) throw conflict('edxml_not_released', { case: 'invitation' });
  const issuer = sender(campaign, tree);
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  const unitIds = [...delegateUnitIds].sort(
    (a, b) => (a ? (order.get(a) ?? 0) : 0) - (b ? (order.get(b) ?? 0) : 0),
  );
  const to = receivers('invitation', unitIds, issuer, tree);
  const reference = `${conference.invitation_number}/${conference.invitation_code}`;
  const xml = buildEdxmlPackage({
    from: edxmlSender(issuer, tree),
    to: to.map((u) => ({ agencyCode: u.agencyCode, name: u.name, email: u.email })),
    codeNumber: conference.invitation_number,
    codeNotation: conference.invitation_code,
    place: campaign.plan.place,
    promulgationDate: conference.invitation_date,
    documentType: { type: 2, typeName: 'Giấy mời' },
    subject: `Dự ${conference.title}`,
    signer: {
      competence: competence(conference.signature_authority, conference.signature_deputy),
      position: conference.signature_title,
      fullName: conference.signature_name,
    },
    dueDate: conference.date,
    toPlaces: to.map((u) => u.name),
    otherInfo: {
      sphereOfPromulgation: 'Liên thông văn bản',
      promulgationAmount: to.length,
      pageAmount: pdfPageCount(pdf),
    },
    attachments: [
      {
        name: `Giấy mời ${reference.replace('/', '-')}.pdf`,
        contentType: 'application/pdf',
        description: `Giấy mời số ${reference} (bản điện tử đã ký số)`,
        bytes: pdf,
      },
    ],
    sentAt: now,
  });
  return { xml, name: fileName('Giấy mời', reference) };
}

function edxmlSender(issuer: Unit, tree: UnitTree) {
  const parent = issuer.parentId ? tree.byId.get(issuer.parentId) : undefined;
  return {
    agencyCode: issuer.agencyCode,
    name: issuer.name,
    inCharge: parent?.name ?? issuer.name,
    email: issuer.email,
  };
}
