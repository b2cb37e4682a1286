import { defineEndpoint } from '../../../http/endpoint.ts';
import { notFound } from '../../../http/problem.ts';
import { fileStorageOf } from '../../../kernel/file-store.ts';
import { authorizeConferenceRead, visibleDelegate } from '../conference-access.ts';
import { invitationFile } from '../conference-documents.ts';
import { selectConference, selectDelegates } from '../conference-store.ts';
import { releasedInvitationPdf } from '../invitation-release.ts';
import { sendDocumentFile } from '../send-document-file.ts';

/** The invitations, one page per delegate the caller may see (or one: `delegateId`), in a format. */
const invitationDocumentEndpoint = (format: 'pdf' | 'docx', summary: string) =>
  defineEndpoint(
    `GET /campaigns/:id/documents/invitation.${format}`,
    { tags: ['conference'], summary },
    async (ctx, request, reply) => {
      const db = ctx.db.kysely;
      const { delegateId, inline, copies } = request.query;
      const { actor, tree, access } = await authorizeConferenceRead(ctx, request, request.params.id);
      const conference = await selectConference(db, access.campaign.id);
      if (!conference) throw notFound('no_conference');
      // Once released, the invitation of record is the signed PDF, byte for byte; the delegates' own
      // copies (with their check-in codes) are asked for by name.
      const released =
        format === 'pdf' && !delegateId && copies !== 'delegates'
          ? await releasedInvitationPdf(db, fileStorageOf(ctx.config), conference.id)
          : undefined;
      if (released) {
        return sendDocumentFile(
          reply,
          {
            bytes: released,
            contentType: 'application/pdf',
            name: 'Giấy mời (đã ký số).pdf',
            ascii: 'giay-moi-da-ky-so.pdf',
          },
          inline === '1',
        );
      }
      const delegates = (await selectDelegates(db, conference.id))
        .filter((d) => visibleDelegate(access, actor, tree, d.unit_id))
        .filter((d) => !delegateId || d.id === delegateId);
      if (delegateId && delegates.length === 0) {
        throw notFound('delegate');
      }
      return sendDocumentFile(
        reply,
        await invitationFile(db, access.campaign, tree, conference, delegates, format),
        inline === '1',
      );
    },
  );

export const getInvitationDocumentEndpoints = [
  invitationDocumentEndpoint(
    'pdf',
    'Giấy mời theo thể thức Nghị định 30: đã phát hành thì bản ký số của cơ quan (nguyên vẹn từng byte); copies=delegates: mỗi đại biểu một trang có mã QR điểm danh; delegateId: một đại biểu',
  ),
  invitationDocumentEndpoint('docx', 'Giấy mời (Word) của một đại biểu (delegateId), hoặc mẫu trống'),
];
