import { defineEndpoint } from '../../http/endpoint.ts';
import { badRequest } from '../../http/problem.ts';
import { fileStorageOf } from '../../kernel/file-store.ts';
import { trustAnchors } from '../../kernel/signature-check.ts';
import { readUpload } from '../../lib/uploads/read-upload.ts';
import { acceptSignedDocument } from '../document-signing.ts';
import { limitSigningLink } from '../signing-link-limit.ts';

export const uploadSignedDocumentEndpoint = defineEndpoint(
  'POST /signing/:token/signed',
  {
    tags: ['signing'],
    summary:
      'Đường dẫn dùng một lần: chương trình ký gửi lại bản PDF đã ký (application/pdf hoặc multipart, trường "file"); kiểm tra chữ ký rồi ghi nhận, bước phát hành thì ban hành văn bản (kế hoạch, quyết định khen thưởng, giấy mời)',
    onRequest: limitSigningLink,
  },
  async (ctx, request) => {
    const readPdf = async (): Promise<Buffer> => {
      if (request.isMultipart()) return (await readUpload(request, ctx.config.maxUploadBytes, 'file')).data;
      if (Buffer.isBuffer(request.body)) return request.body;
      throw badRequest('file_required', { case: 'not_multipart', what: 'file' }, [
        { field: 'file', message: { vi: 'Thiếu tệp PDF đã ký', en: 'No signed PDF' } },
      ]);
    };
    const answer = await acceptSignedDocument(
      ctx.db.kysely,
      fileStorageOf(ctx.config),
      await ctx.units.current(),
      request.params.token,
      readPdf,
      await trustAnchors(ctx.config),
    );
    // The release issued the document: its notices are committed; mail them now.
    if (answer.issued) void ctx.mailer?.flush().catch(() => {});
    return answer;
  },
);
