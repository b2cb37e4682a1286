import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { fileStorageOf } from '../../kernel/file-store.ts';
import { startPlanSigning } from '../plan-signing.ts';

export const startPlanSigningEndpoint = defineEndpoint(
  'POST /campaigns/:id/signing',
  {
    tags: ['signing'],
    summary:
      'Mở một bước ký số kế hoạch (trình ký hoặc phát hành kèm số, ngày): trả đường dẫn dùng một lần để chương trình ký trên máy người ký tải văn bản và gửi bản đã ký',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.manage');
    const baseUrl = ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;
    return startPlanSigning(
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
