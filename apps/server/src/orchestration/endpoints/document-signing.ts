/**
 * The two endpoints every signed document has (docs/signatures.md, "The signing protocol"): open a
 * step — `POST …/signing` `{ step, version, docNumber?, docDate? }` → the one-time links — and list
 * the signatures accepted — `GET …/signatures`. One factory makes both for each kind; a kind says
 * only who may open a step (as issuing the document is authorised) and what its document is, and who
 * may read its signatures (whoever reads the document).
 */
import type { SigningStart, UnitReportSigningStart } from '@tongket/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { forbidden } from '../../http/problem.ts';
import { fileStorageOf } from '../../kernel/file-store.ts';
import { readableAssignment, writableAssignment } from '../../modules/assignments/index.ts';
import { getReadableCampaign } from '../../modules/campaigns/index.ts';
import { readableDecision } from '../../modules/commendation/index.ts';
import {
  authorizeConferenceChange,
  authorizeConferenceRead,
  selectConference,
} from '../../modules/conference/index.ts';
import { consolidatedCampaign } from '../../modules/consolidation/index.ts';
import { listDocumentSignatures, type SignedDocumentKind } from '../../modules/signing/index.ts';
import { consolidatedSteps } from '../consolidated-signing.ts';
import { decisionSteps } from '../decision-signing.ts';
import { invitationSteps } from '../invitation-signing.ts';
import { planSteps } from '../plan-signing.ts';
import { type DocumentSteps, openDocumentStep } from '../signing-steps.ts';
import { unitReportSteps } from '../unit-report-signing.ts';

type StartEndpoint =
  | 'POST /campaigns/:id/signing'
  | 'POST /decisions/:id/signing'
  | 'POST /campaigns/:id/conference/signing'
  | 'POST /campaigns/:id/consolidated/signing'
  | 'POST /assignments/:id/signing';
type ListEndpoint =
  | 'GET /campaigns/:id/signatures'
  | 'GET /decisions/:id/signatures'
  | 'GET /campaigns/:id/conference/signatures'
  | 'GET /campaigns/:id/consolidated/signatures'
  | 'GET /assignments/:id/signatures';

interface SignedDocument {
  kind: SignedDocumentKind;
  start: StartEndpoint;
  list: ListEndpoint;
  /** The document as the summaries name it: "kế hoạch". */
  name: string;
  /**
   * Authorises opening a step on the document of the path's id, checks the version asked for, and
   * answers the document's part in the protocol, with whom the step is opened by.
   */
  steps: (
    ctx: AppContext,
    request: FastifyRequest,
    id: string,
    input: SigningStart,
  ) => Promise<{ actor: Actor; steps: DocumentSteps }>;
  /** Authorises reading the document of the path's id; answers its id (undefined: none yet, so no signatures). */
  readable: (ctx: AppContext, request: FastifyRequest, id: string) => Promise<string | undefined>;
}

/** The start and list endpoints of one kind of signed document. */
function signedDocumentEndpoints(doc: SignedDocument) {
  return [
    defineEndpoint(
      doc.start,
      {
        tags: ['signing'],
        summary: `Mở một bước ký số ${doc.name} (trình ký hoặc phát hành kèm số, ngày): trả đường dẫn dùng một lần để chương trình ký trên máy người ký tải văn bản và gửi bản đã ký`,
      },
      async (ctx, request) => {
        const { actor, steps } = await doc.steps(ctx, request, request.params.id, request.body);
        const baseUrl = ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;
        return openDocumentStep(
          ctx.db.kysely,
          fileStorageOf(ctx.config),
          actor,
          steps,
          request.body,
          baseUrl,
        );
      },
    ),
    defineEndpoint(
      doc.list,
      {
        tags: ['signing'],
        summary: `Các chữ ký số đã nhận trên ${doc.name}: bước, người trình, thời điểm, chứng thư số`,
      },
      async (ctx, request) => {
        const id = await doc.readable(ctx, request, request.params.id);
        return { items: id ? await listDocumentSignatures(ctx.db.kysely, doc.kind, id) : [] };
      },
    ),
  ] as const;
}

/** The plan of a round: the round's managers, as POST /campaigns/:id/issue is authorised. */
export const [startPlanSigningEndpoint, listPlanSignaturesEndpoint] = signedDocumentEndpoints({
  kind: 'plan',
  start: 'POST /campaigns/:id/signing',
  list: 'GET /campaigns/:id/signatures',
  name: 'kế hoạch',
  steps: async (ctx, request, id, input) => {
    const actor = authorize(request, 'campaigns.manage');
    return { actor, steps: await planSteps(ctx.db.kysely, await ctx.units.current(), actor, id, input) };
  },
  readable: async (ctx, request, id) => {
    const actor = authorize(request, 'campaigns.read');
    return (await getReadableCampaign(ctx.db.kysely, await ctx.units.current(), actor, id)).id;
  },
});

/** An award decision: the board's reviewers, as POST /decisions/:id/issue is authorised. */
export const [startDecisionSigningEndpoint, listDecisionSignaturesEndpoint] = signedDocumentEndpoints({
  kind: 'decision',
  start: 'POST /decisions/:id/signing',
  list: 'GET /decisions/:id/signatures',
  name: 'quyết định khen thưởng',
  steps: async (ctx, request, id, input) => {
    const actor = authorize(request, 'nominations.review');
    return { actor, steps: await decisionSteps(ctx.db.kysely, await ctx.units.current(), actor, id, input) };
  },
  readable: async (ctx, request, id) => {
    const actor = authorize(request, 'campaigns.read');
    return (await readableDecision(ctx.db.kysely, await ctx.units.current(), actor, id)).row.id;
  },
});

/** The conference's invitation: its organisers, as sending the invitations is authorised. */
export const [startInvitationSigningEndpoint, listInvitationSignaturesEndpoint] = signedDocumentEndpoints({
  kind: 'invitation',
  start: 'POST /campaigns/:id/conference/signing',
  list: 'GET /campaigns/:id/conference/signatures',
  name: 'giấy mời hội nghị',
  steps: async (ctx, request, id, input) => {
    const { actor, tree, access } = await authorizeConferenceChange(ctx, request, id);
    return { actor, steps: await invitationSteps(ctx.db.kysely, tree, actor, access.campaign, input) };
  },
  readable: async (ctx, request, id) => {
    const { access } = await authorizeConferenceRead(ctx, request, id);
    return (await selectConference(ctx.db.kysely, access.campaign.id))?.id;
  },
});

/** The consolidated report: the round's lead agency, as editing the report is authorised. */
export const [startConsolidatedSigningEndpoint, listConsolidatedSignaturesEndpoint] = signedDocumentEndpoints(
  {
    kind: 'consolidated',
    start: 'POST /campaigns/:id/consolidated/signing',
    list: 'GET /campaigns/:id/consolidated/signatures',
    name: 'báo cáo tổng hợp',
    steps: async (ctx, request, id, input) => {
      const actor = authorize(request, 'campaigns.manage');
      const tree = await ctx.units.current();
      const { campaign } = await consolidatedCampaign(ctx.db.kysely, tree, actor, id, true);
      return { actor, steps: await consolidatedSteps(ctx.db.kysely, tree, actor, campaign, input) };
    },
    readable: async (ctx, request, id) => {
      const actor = authorize(request, 'campaigns.read');
      const tree = await ctx.units.current();
      return (await consolidatedCampaign(ctx.db.kysely, tree, actor, id)).campaign.id;
    },
  },
);

/**
 * A unit's report: the officers of the assignment's unit while it can still be sent, as its draft
 * is written and its attachments added; its signatures are read by the unit and the round's
 * managers, as the report document is (the units above 403; other units and provinces 404).
 */
export const [startUnitReportSigningEndpoint, listUnitReportSignaturesEndpoint] = signedDocumentEndpoints({
  kind: 'unit_report',
  start: 'POST /assignments/:id/signing',
  list: 'GET /assignments/:id/signatures',
  name: 'báo cáo của đơn vị',
  steps: async (ctx, request, id, input) => {
    const actor = authorize(request, 'assignments.work');
    const tree = await ctx.units.current();
    const found = await writableAssignment(ctx.db.kysely, tree, actor, id);
    const body = input as UnitReportSigningStart;
    return { actor, steps: await unitReportSteps(ctx.db.kysely, tree, actor, found, body) };
  },
  readable: async (ctx, request, id) => {
    const actor = authorize(request, 'campaigns.read');
    const found = await readableAssignment(ctx.db.kysely, await ctx.units.current(), actor, id);
    if (!found.isOwner && !found.isReviewer) throw forbidden('report_document');
    return found.assignment.id;
  },
});
