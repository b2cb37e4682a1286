import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { fileStorageOf } from '../../kernel/file-store.ts';
import { startDecisionSigning } from '../decision-signing.ts';

export const startDecisionSigningEndpoint = defineEndpoint(
  'POST /decisions/:id/signing',
  {
    tags: ['signing'],
    summary:
      'Mở một bước ký số quyết định khen thưởng (trình ký hoặc phát hành kèm số, ngày): trả đường dẫn dùng một lần để chương trình ký trên máy người ký tải văn bản và gửi bản đã ký',
  },
  async (ctx, request) => {
    // As issuing the decision is authorised (POST /decisions/:id/issue).
    const actor = authorize(request, 'nominations.review');
    const baseUrl = ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;
    return startDecisionSigning(
      ctx.db.kysely,
      fileStorageOf(ctx.config),
      await ctx.units.current(),
      actor,
      request.params.id,
      request.body,
      baseUrl,
    );
  },
);
