import { defineEndpoint } from '../../http/endpoint.ts';
import { fileStorageOf } from '../../kernel/file-store.ts';
import { fetchSigningDocument } from '../../modules/signing/index.ts';
import { limitSigningLink } from '../signing-link-limit.ts';

export const fetchSigningDocumentEndpoint = defineEndpoint(
  'GET /signing/:token/document.pdf',
  {
    tags: ['signing'],
    summary:
      'Đường dẫn dùng một lần: chương trình ký tải văn bản PDF cần ký (lần thứ hai hoặc khi hết hạn: 410)',
    onRequest: limitSigningLink,
  },
  async (ctx, request, reply) => {
    const { pdf } = await fetchSigningDocument(
      ctx.db.kysely,
      fileStorageOf(ctx.config),
      request.params.token,
    );
    return reply
      .type('application/pdf')
      .header('cache-control', 'no-store')
      .header('content-disposition', 'attachment; filename="van-ban-can-ky.pdf"')
      .send(pdf);
  },
);
