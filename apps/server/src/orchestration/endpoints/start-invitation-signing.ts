import { defineEndpoint } from '../../http/endpoint.ts';
import { fileStorageOf } from '../../kernel/file-store.ts';
import { authorizeConferenceChange } from '../../modules/conference/index.ts';
import { startInvitationSigning } from '../invitation-signing.ts';

export const startInvitationSigningEndpoint = defineEndpoint(
  'POST /campaigns/:id/conference/signing',
  {
    tags: ['signing'],
    summary:
      'Mở một bước ký số giấy mời hội nghị (trình ký hoặc phát hành kèm số, ngày): trả đường dẫn dùng một lần để chương trình ký trên máy người ký tải văn bản và gửi bản đã ký',
  },
  async (ctx, request) => {
    // As sending the invitations is authorised (POST /campaigns/:id/conference/invitations).
    const { actor, tree, access } = await authorizeConferenceChange(ctx, request, request.params.id);
    const baseUrl = ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;
    return startInvitationSigning(
      ctx.db.kysely,
      fileStorageOf(ctx.config),
      tree,
      actor,
      access.campaign,
      request.body,
      baseUrl,
    );
  },
);
