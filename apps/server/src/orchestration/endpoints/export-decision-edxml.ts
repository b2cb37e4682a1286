import { sendEdxml } from '../../http/download.ts';
import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { fileStorageOf } from '../../kernel/file-store.ts';
import { readableDecision } from '../../modules/commendation/index.ts';
import { decisionEdxml } from '../document-edxml.ts';

export const exportDecisionEdxmlEndpoint = defineEndpoint(
  'GET /decisions/:id/decision.edxml',
  {
    tags: ['signing'],
    summary:
      'Gói edXML (QCVN 102:2016/BTTTT) của quyết định khen thưởng đã ký số và phát hành, kèm bản PDF đã ký, gửi các đơn vị có tập thể, cá nhân được khen thưởng',
  },
  async (ctx, request, reply) => {
    // Whoever may read the decision may export it, as the plan's export.
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const { row, campaign } = await readableDecision(ctx.db.kysely, tree, actor, request.params.id);
    const storage = fileStorageOf(ctx.config);
    return sendEdxml(
      reply,
      await decisionEdxml(ctx.db.kysely, storage, tree, campaign, row, ctx.clock.now()),
    );
  },
);
