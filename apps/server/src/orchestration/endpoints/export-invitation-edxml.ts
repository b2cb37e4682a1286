import { sendEdxml } from '../../http/download.ts';
import { defineEndpoint } from '../../http/endpoint.ts';
import { forbidden, notFound } from '../../http/problem.ts';
import { fileStorageOf } from '../../kernel/file-store.ts';
import {
  authorizeConferenceRead,
  selectConference,
  selectDelegates,
} from '../../modules/conference/index.ts';
import { invitationEdxml } from '../document-edxml.ts';

export const exportInvitationEdxmlEndpoint = defineEndpoint(
  'GET /campaigns/:id/conference/invitation.edxml',
  {
    tags: ['signing'],
    summary:
      'Gói edXML (QCVN 102:2016/BTTTT) của giấy mời đã ký số và phát hành, kèm bản PDF đã ký, gửi các đơn vị có đại biểu được mời (ban tổ chức hội nghị)',
  },
  async (ctx, request, reply) => {
    const { tree, access } = await authorizeConferenceRead(ctx, request, request.params.id);
    // Sending the invitation out is the organisers' work; its receivers are every delegate's unit.
    if (!access.manages) throw forbidden('conference_standing');
    const db = ctx.db.kysely;
    const conference = await selectConference(db, access.campaign.id);
    if (!conference) throw notFound('no_conference');
    const delegates = await selectDelegates(db, conference.id);
    return sendEdxml(
      reply,
      await invitationEdxml(
        db,
        fileStorageOf(ctx.config),
        tree,
        access.campaign,
        conference,
        delegates.map((d) => d.unit_id),
        ctx.clock.now(),
      ),
    );
  },
);
