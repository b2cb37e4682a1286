import { defineEndpoint } from '../../http/endpoint.ts';
import { authorizeConferenceRead, selectConference } from '../../modules/conference/index.ts';
import { listDocumentSignatures } from '../../modules/signing/index.ts';

export const listInvitationSignaturesEndpoint = defineEndpoint(
  'GET /campaigns/:id/conference/signatures',
  {
    tags: ['signing'],
    summary: 'Các chữ ký số đã nhận trên giấy mời hội nghị: bước, người trình, thời điểm, chứng thư số',
  },
  async (ctx, request) => {
    const { access } = await authorizeConferenceRead(ctx, request, request.params.id);
    const conference = await selectConference(ctx.db.kysely, access.campaign.id);
    return {
      items: conference ? await listDocumentSignatures(ctx.db.kysely, 'invitation', conference.id) : [],
    };
  },
);
