import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorizeConferenceRead } from '../conference-access.ts';
import { agendaFile } from '../conference-documents.ts';
import { getConference } from '../get-conference.ts';
import { sendDocumentFile } from '../send-document-file.ts';

/** The programme to print, in a format. */
const agendaDocumentEndpoint = (format: 'pdf' | 'docx') =>
  defineEndpoint(
    `GET /campaigns/:id/documents/agenda.${format}`,
    { tags: ['conference'], summary: `Chương trình hội nghị để in (${format.toUpperCase()})` },
    async (ctx, request, reply) => {
      const { tree, access } = await authorizeConferenceRead(ctx, request, request.params.id);
      const conference = await getConference(ctx.db.kysely, tree, access);
      return sendDocumentFile(
        reply,
        await agendaFile(access.campaign, tree, conference, format),
        request.query.inline === '1',
      );
    },
  );

export const getAgendaDocumentEndpoints = [agendaDocumentEndpoint('pdf'), agendaDocumentEndpoint('docx')];
