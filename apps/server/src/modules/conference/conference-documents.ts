import {
  buildAgendaDocument,
  buildInvitationDocument,
  type InvitationDocumentInput,
  mentions,
} from '@tongket/documents/builders';
import {
  agendaRange,
  type Conference,
  conferenceTimeText,
  foldVietnamese,
  minutesOfDay,
  type Salutation,
  salutationText,
  vietnamInstant,
} from '@tongket/domain';
import { createEvent } from 'ics';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { conflict, notFound } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { renderDocx, renderPdf, renderPdfSet } from '../../lib/renderers.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { checkinCode, checkinSecret } from './checkin-codes.ts';
import { type ConferenceRow, type DelegateRow, inviterName } from './conference-store.ts';

/** The content type of each conference document (the contract lists their endpoints). */
const CONFERENCE_FILES = {
  'invitation.pdf': 'application/pdf',
  'invitation.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'agenda.pdf': 'application/pdf',
  'agenda.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export interface DocumentFile {
  bytes: Buffer;
  contentType: string;
  /** For browsers that read UTF-8 names, and an ASCII one for those that do not. */
  name: string;
  ascii: string;
}

function named(unicode: string, ext: string): { name: string; ascii: string } {
  const ascii =
    foldVietnamese(unicode)
      .replace(/ /g, '-')
      .replace(/[^a-z0-9-]/g, '') || 'tai-lieu';
  return { name: `${unicode}.${ext}`, ascii: `${ascii}.${ext}` };
}

/** What the invitation says the conference is for: the organisers' words, one paragraph a line. */
export function invitationContent(conference: Pick<ConferenceRow, 'invitation_content'>): string[] {
  return conference.invitation_content
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

function invitationInput(
  campaign: StoredCampaign,
  tree: UnitTree,
  conference: ConferenceRow,
): Omit<InvitationDocumentInput, 'invitee'> {
  const { plan } = campaign;
  return {
    parentBody: plan.parentBody,
    issuingBody: plan.issuingBody,
    inviter: inviterName(campaign, tree),
    place: plan.place,
    docNumber: conference.invitation_number,
    docCode: conference.invitation_code,
    docDate: conference.invitation_date,
    conferenceTitle: conference.title,
    content: invitationContent(conference),
    chair: conference.chair,
    time: conferenceTimeText({
      date: conference.date,
      startTime: conference.start_time,
      tentative: conference.tentative === 1,
      timeNote: conference.time_note,
    }),
    venue: conference.venue,
    signature: {
      lines: [conference.signature_authority, conference.signature_deputy, conference.signature_title],
      name: conference.signature_name,
    },
  };
}

/**
 * Invitations as PDF: one page per delegate given (in their order), each with the delegate's
 * check-in QR code; as DOCX, the first delegate's (or a blank form when none is given) for a clerk
 * to edit — the DOCX prints the code as text (see QrBlock).
 */
export async function invitationFile(
  db: Kysely<Database>,
  campaign: StoredCampaign,
  tree: UnitTree,
  conference: ConferenceRow,
  delegates: readonly DelegateRow[],
  format: 'pdf' | 'docx',
  /** Whom the agency's one invitation is for, when no delegate is given (the signed invitation). */
  audience?: string,
): Promise<DocumentFile> {
  const base = { ...invitationInput(campaign, tree, conference), audience };
  const secret = await checkinSecret(db);
  const docs = delegates.map((d) =>
    buildInvitationDocument({
      ...base,
      invitee: {
        salutation: salutationText(d.salutation as Salutation | null),
        name: d.name,
        title: d.title,
        unitName: d.unit_name,
      },
      checkinCode: checkinCode(secret, conference.id, d),
    }),
  );
  const single = delegates.length === 1 ? delegates[0] : undefined;
  const label = single ? `Giấy mời - ${single.number} - ${single.name}` : 'Giấy mời';
  if (format === 'docx') {
    const doc = docs[0] ?? buildInvitationDocument({ ...base, invitee: null });
    return {
      bytes: await renderDocx(doc),
      contentType: CONFERENCE_FILES['invitation.docx'],
      ...named(label, 'docx'),
    };
  }
  if (docs.length === 0 && audience) {
    const bytes = await renderPdf(buildInvitationDocument({ ...base, invitee: null }));
    return { bytes, contentType: CONFERENCE_FILES['invitation.pdf'], ...named(label, 'pdf') };
  }
  if (docs.length === 0) throw notFound('no_delegates_to_invite');
  const bytes =
    docs.length === 1 ? await renderPdf(docs[0] as (typeof docs)[number]) : await renderPdfSet(docs);
  return { bytes, contentType: CONFERENCE_FILES['invitation.pdf'], ...named(label, 'pdf') };
}

/**
 * Who presents an item as the programme prints it: the person ("Lãnh đạo Sở Y tế") — with the unit
 * after it only when the person's words do not name it already (by its name or short name).
 */
export function presenterText(
  tree: UnitTree,
  item: { presenterName: string; presenterUnitId: string | null; presenterUnitName: string },
): string {
  const unit = item.presenterUnitId ? tree.byId.get(item.presenterUnitId) : undefined;
  if (!item.presenterName) return item.presenterUnitName;
  if (!item.presenterUnitName) return item.presenterName;
  const named = [item.presenterUnitName, unit?.shortName ?? ''].some((n) => mentions(item.presenterName, n));
  return named ? item.presenterName : `${item.presenterName} (${item.presenterUnitName})`;
}

/** The printed programme: when, where, who chairs, and each item with its time and presenter. */
export async function agendaFile(
  campaign: StoredCampaign,
  tree: UnitTree,
  conference: Conference,
  format: 'pdf' | 'docx',
): Promise<DocumentFile> {
  const { plan } = campaign;
  const doc = buildAgendaDocument({
    parentBody: plan.parentBody,
    issuingBody: plan.issuingBody,
    place: plan.place,
    date: conference.date,
    conferenceTitle: conference.title,
    time: conference.timeText,
    venue: conference.venue,
    chair: conference.chair,
    rows: conference.agenda.map((item) => ({
      time: agendaRange(item.scheduledStart, item.scheduledEnd),
      title: item.title,
      presenter: presenterText(tree, item),
    })),
  });
  const bytes = format === 'pdf' ? await renderPdf(doc) : await renderDocx(doc);
  return {
    bytes,
    contentType: CONFERENCE_FILES[`agenda.${format}`],
    ...named('Chương trình hội nghị', format),
  };
}

/**
 * The conference as a calendar event (.ics): tentative while the date is, with the venue and,
 * for the organisers' copy, the agenda; a delegate's copy carries their invitation's content only.
 */
export function calendarFile(
  conference: Pick<
    ConferenceRow,
    'id' | 'title' | 'date' | 'start_time' | 'end_time' | 'tentative' | 'venue' | 'chair' | 'time_note'
  >,
  organiser: string,
  descriptionLines: string[],
): DocumentFile {
  if (!conference.date || !conference.start_time) {
    throw conflict('conference_not_scheduled');
  }
  const start = Date.parse(vietnamInstant(conference.date, conference.start_time));
  const minutes = conference.end_time
    ? minutesOfDay(conference.end_time) - minutesOfDay(conference.start_time)
    : 240;
  const { error, value } = createEvent({
    uid: `conference-${conference.id}@tongket`,
    productId: 'tongket/ics',
    method: 'PUBLISH',
    title: conference.title,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: start + minutes * 60_000,
    endInputType: 'utc',
    endOutputType: 'utc',
    location: conference.venue || undefined,
    description: [
      `Đơn vị tổ chức: ${organiser}.`,
      ...(conference.chair ? [`Chủ trì: ${conference.chair}.`] : []),
      ...descriptionLines,
    ]
      .filter(Boolean)
      .join('\n'),
    status: conference.tentative === 1 ? 'TENTATIVE' : 'CONFIRMED',
  });
  if (error || !value) throw error ?? new Error('calendar not made');
  return {
    bytes: Buffer.from(value, 'utf8'),
    contentType: 'text/calendar; charset=utf-8',
    ...named('Hội nghị', 'ics'),
  };
}
