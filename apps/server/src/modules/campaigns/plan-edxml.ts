import { buildEdxmlPackage, pdfPageCount } from '@tongket/documents/builders';
import { documentReference, type Unit, vietnamDate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { conflict } from '../../http/problem.ts';
import type { FileStorage } from '../../kernel/file-store.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { planDocumentOfRecord } from './plan-of-record.ts';
import type { StoredCampaign } from './plan-store.ts';
import { planFileName } from './render-plan.ts';

/** "KẾ HOẠCH" as the header prints it → "Kế hoạch", the type's name in an edXML header. */
function typeName(docType: string): string {
  const lower = docType.trim().toLocaleLowerCase('vi');
  return lower ? lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1) : 'Kế hoạch';
}

/**
 * The units the plan is sent to: every unit its "Nơi nhận" lines reach, once each, in the order
 * the lines name them, without the issuing unit itself (a copy it keeps is no exchange).
 */
export function planReceivers(campaign: StoredCampaign, tree: UnitTree): Unit[] {
  const seen = new Set<string>([campaign.issuingUnitId]);
  const units: Unit[] = [];
  for (const line of campaign.plan.recipients) {
    for (const id of line.unitIds) {
      const unit = tree.byId.get(id);
      if (!unit || seen.has(id)) continue;
      seen.add(id);
      units.push(unit);
    }
  }
  return units;
}

/**
 * The issued plan as an edXML package (QCVN 102:2016/BTTTT) for the province's document-management
 * system to send on: from the issuing unit to the units its recipients name, by their agency codes,
 * with the plan's document of record attached. Refused, naming the units, while the issuer or a
 * receiver has no agency code: the system could not route it.
 */
export async function planEdxml(
  db: Kysely<Database>,
  storage: FileStorage,
  campaign: StoredCampaign,
  tree: UnitTree,
  now: Date,
): Promise<{ xml: string; name: { ascii: string; unicode: string } }> {
  if (campaign.status === 'draft') throw conflict('campaign_not_issued', { case: 'export_unissued' });
  const issuer = tree.byId.get(campaign.issuingUnitId);
  if (!issuer) throw new Error(`issuing unit ${campaign.issuingUnitId} is not in the tree`);
  if (!issuer.agencyCode) throw conflict('edxml_sender_code_missing', { unit: issuer.name });
  const receivers = planReceivers(campaign, tree);
  if (receivers.length === 0) throw conflict('edxml_no_receivers');
  const uncoded = receivers.filter((u) => !u.agencyCode).map((u) => u.name);
  if (uncoded.length > 0) throw conflict('edxml_receiver_codes_missing', { units: uncoded });

  const plan = campaign.plan;
  const record = await planDocumentOfRecord(db, storage, campaign, tree);
  const parent = issuer.parentId ? tree.byId.get(issuer.parentId) : undefined;
  const xml = buildEdxmlPackage({
    from: {
      agencyCode: issuer.agencyCode,
      name: issuer.name,
      inCharge: parent?.name ?? issuer.name,
      email: issuer.email,
    },
    to: receivers.map((u) => ({ agencyCode: u.agencyCode, name: u.name, email: u.email })),
    codeNumber: plan.docNumber,
    codeNotation: plan.docCode,
    place: plan.place,
    promulgationDate: plan.docDate ?? vietnamDate(campaign.issuedAt ?? now),
    // 2: an administrative document (1 would be a legal normative one).
    documentType: { type: 2, typeName: typeName(plan.docType) },
    subject: plan.summary,
    signer: {
      competence: [plan.signature.authority, plan.signature.deputy].filter(Boolean).join(', '),
      position: plan.signature.title,
      fullName: plan.signature.name,
    },
    dueDate: plan.reportDeadline,
    toPlaces: plan.recipients.map((r) => r.text).filter((text) => !/^lưu\b/i.test(text.trim())),
    otherInfo: {
      sphereOfPromulgation: 'Liên thông văn bản',
      promulgationAmount: receivers.length,
      pageAmount: pdfPageCount(record.bytes),
    },
    attachments: [
      {
        name: record.name,
        contentType: record.contentType,
        description: `Kế hoạch số ${documentReference(plan)}${record.signed ? ' (bản điện tử đã ký số)' : ''}`,
        bytes: record.bytes,
      },
    ],
    sentAt: now,
  });
  const pdfName = planFileName(campaign, 'pdf');
  return {
    xml,
    name: {
      ascii: pdfName.ascii.replace(/\.pdf$/, '.edxml'),
      unicode: pdfName.unicode.replace(/\.pdf$/, '.edxml'),
    },
  };
}
