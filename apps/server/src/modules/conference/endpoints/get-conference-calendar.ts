import { defineEndpoint } from '../../../http/endpoint.ts';
import { notFound } from '../../../http/problem.ts';
import { authorizeConferenceRead } from '../conference-access.ts';
import { calendarFile } from '../conference-documents.ts';
import { inviterName, selectConference } from '../conference-store.ts';
import { getConference } from '../get-conference.ts';
import { sendDocumentFile } from '../send-document-file.ts';

export const getConferenceCalendarEndpoint = defineEndpoint(
  'GET /campaigns/:id/conference/calendar.ics',
  { tags: ['conference'], summary: 'Lịch hội nghị (.ics) để thêm vào lịch điện thoại, máy tính' },
  async (ctx, request, reply) => {
    const db = ctx.db.kysely;
    const { tree, access } = await authorizeConferenceRead(ctx, request, request.params.id);
    const conference = await getConference(db, tree, access);
    const row = await selectConference(db, access.campaign.id);
    if (!row) throw notFound('no_conference');
    const lines = conference.agenda.map((a) => `${a.scheduledStart ? `${a.scheduledStart} ` : ''}${a.title}`);
    return sendDocumentFile(
      reply,
      calendarFile(row, inviterName(access.campaign, tree), ['Chương trình:', ...lines]),
    );
  },
);
