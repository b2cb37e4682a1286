/**
 * The released award decision, the released conference invitation and a unit's released report as
 * edXML packages (QCVN 102:2016/BTTTT; docs/signatures.md, "edXML of released documents"), as the
 * plan's export (modules/campaigns/plan-edxml.ts): from the issuing unit to the receiving units by their agency
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
import { releasedReportFile } from '../modules/assignments/index.ts';
import type { StoredCampaign } from '../modules/campaigns/index.ts';
import { latestStepSignature, releasedPdf } from '../modules/signing/index.ts';

type Kind = 'decision' | 'invitation' | 'unit_report';

export interface EdxmlFile {
  xml: string;
  name: { ascii: string; unicode: string };
}

/** A unit as a sender, refused by name without an agency code. */
function sender(unitId: string, tree: UnitTree): Unit {
  const unit = tree.byId.get(unitId);
  if (!unit) throw new Error(`sending unit ${unitId} is not in the tree`);
  if (!unit.agencyCode) throw conflict('edxml_sender_code_missing', { unit: unit.name });
  return unit;
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

/** What differs between the released documents' packages; the rest is the same for every kind. */
interface Released {
  /** "Quyết định", "Giấy mời", "Báo cáo": the type's name, and the label of the files. */
  typeName: string;
  issuer: Unit;
  to: Unit[];
  docNumber: string;
  docCode: string;
  docDate: string;
  place: string;
  subject: string;
  signer: { competence: string; position: string; fullName: string };
  dueDate: string | null;
  /** The released signed PDF, byte for byte. */
  pdf: Uint8Array;
}

/** The package of a released document: from its issuer to its receivers by code, the signed PDF attached. */
function packageOf(doc: Released, tree: UnitTree, now: Date): EdxmlFile {
  const reference = `${doc.docNumber}/${doc.docCode}`;
  const xml = buildEdxmlPackage({
    from: edxmlSender(doc.issuer, tree),
    to: doc.to.map((u) => ({ agencyCode: u.agencyCode, name: u.name, email: u.email })),
    codeNumber: doc.docNumber,
    codeNotation: doc.docCode,
    place: doc.place,
    promulgationDate: doc.docDate,
    documentType: { type: 2, typeName: doc.typeName },
    subject: doc.subject,
    signer: doc.signer,
    dueDate: doc.dueDate,
    toPlaces: doc.to.map((u) => u.name),
    otherInfo: {
      sphereOfPromulgation: 'Liên thông văn bản',
      promulgationAmount: doc.to.length,
      pageAmount: pdfPageCount(doc.pdf),
    },
    attachments: [
      {
        name: `${doc.typeName} ${reference.replace('/', '-')}.pdf`,
        contentType: 'application/pdf',
        description: `${doc.typeName} số ${reference} (bản điện tử đã ký số)`,
        bytes: doc.pdf,
      },
    ],
    sentAt: now,
  });
  return { xml, name: fileName(doc.typeName, reference) };
}

/** Document order: the unit tree's. */
function inTreeOrder(tree: UnitTree, unitIds: Iterable<string | null>): (string | null)[] {
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  return [...unitIds].sort((a, b) => (a ? (order.get(a) ?? 0) : 0) - (b ? (order.get(b) ?? 0) : 0));
}

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
  const issuer = sender(campaign.issuingUnitId, tree);
  const nominated = await db
    .selectFrom('nominations')
    .select('unit_id')
    .where('decision_id', '=', row.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return packageOf(
    {
      typeName: 'Quyết định',
      issuer,
      to: receivers(
        'decision',
        inTreeOrder(
          tree,
          nominated.map((n) => n.unit_id),
        ),
        issuer,
        tree,
      ),
      docNumber: row.doc_number,
      docCode: row.doc_code,
      docDate: row.doc_date,
      place: campaign.plan.place,
      subject: row.summary,
      signer: {
        competence: competence(row.signature_authority, row.signature_deputy),
        position: row.signature_title,
        fullName: row.signature_name,
      },
      dueDate: null,
      pdf,
    },
    tree,
    now,
  );
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
  const issuer = sender(campaign.issuingUnitId, tree);
  return packageOf(
    {
      typeName: 'Giấy mời',
      issuer,
      to: receivers('invitation', inTreeOrder(tree, delegateUnitIds), issuer, tree),
      docNumber: conference.invitation_number,
      docCode: conference.invitation_code,
      docDate: conference.invitation_date,
      place: campaign.plan.place,
      subject: `Dự ${conference.title}`,
      signer: {
        competence: competence(conference.signature_authority, conference.signature_deputy),
        position: conference.signature_title,
        fullName: conference.signature_name,
      },
      dueDate: conference.date,
      pdf,
    },
    tree,
    now,
  );
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

/**
 * A unit's report released through the signing protocol: from the unit (the issuer of its own
 * report) to the round's standing agency, where reports are received and reviewed, with the signed
 * PDF on the draft — the one its release attached, byte for byte — and the number, notation and
 * date of that release. The signer is the name on the certificate of the head who signed it (the
 * signature block the unit printed is in the PDF itself).
 */
export async function unitReportEdxml(
  db: Kysely<Database>,
  storage: FileStorage,
  tree: UnitTree,
  campaign: StoredCampaign,
  assignment: { id: string; unit_id: string },
  now: Date,
): Promise<EdxmlFile> {
  const released = await releasedReportFile(db, storage, assignment.id);
  if (!released) throw conflict('edxml_not_released', { case: 'unit_report' });
  const { release, pdf } = released;
  const issuer = sender(assignment.unit_id, tree);
  const signed = await latestStepSignature(db, 'unit_report', assignment.id, 'sign');
  const slash = release.reference.indexOf('/');
  return packageOf(
    {
      typeName: 'Báo cáo',
      issuer,
      to: receivers('unit_report', [campaign.standingUnitId], issuer, tree),
      docNumber: release.docNumber,
      docCode: slash >= 0 ? release.reference.slice(slash + 1) : '',
      docDate: release.docDate,
      place: campaign.plan.place,
      subject: campaign.outline.summary || campaign.plan.summary.replace(/\s*\n\s*/g, ' '),
      signer: { competence: '', position: '', fullName: signed?.signer_common_name ?? '' },
      dueDate: null,
      pdf,
    },
    tree,
    now,
  );
}
