import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { readableDecision } from '../../modules/commendation/index.ts';
import { listDocumentSignatures } from '../../modules/signing/index.ts';

export const listDecisionSignaturesEndpoint = defineEndpoint(
  'GET /decisions/:id/signatures',
  {
    tags: ['signing'],
    summary: 'Các chữ ký số đã nhận trên quyết định khen thưởng: bước, người trình, thời điểm, chứng thư số',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    const { row } = await readableDecision(
      ctx.db.kysely,
      await ctx.units.current(),
      actor,
      request.params.id,
    );
    return { items: await listDocumentSignatures(ctx.db.kysely, 'decision', row.id) };
  },
);
