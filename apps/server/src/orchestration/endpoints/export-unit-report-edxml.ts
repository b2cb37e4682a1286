import { sendEdxml } from '../../http/download.ts';
import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { fileStorageOf } from '../../kernel/file-store.ts';
import { assertOwner, readableAssignment } from '../../modules/assignments/index.ts';
import { unitReportEdxml } from '../document-edxml.ts';

export const exportUnitReportEdxmlEndpoint = defineEndpoint(
  'GET /assignments/:id/report.edxml',
  {
    tags: ['signing'],
    summary:
      'Gói edXML (QCVN 102:2016/BTTTT) của báo cáo đơn vị đã ký số và phát hành, kèm bản PDF đã ký, gửi cơ quan thường trực của đợt (cán bộ của đơn vị báo cáo)',
  },
  async (ctx, request, reply) => {
    const actor = authorize(request, 'campaigns.read');
    const tree = await ctx.units.current();
    const found = await readableAssignment(ctx.db.kysely, tree, actor, request.params.id);
    // Sending the report out is the reporting unit's own work.
    assertOwner(found);
    return sendEdxml(
      reply,
      await unitReportEdxml(
        ctx.db.kysely,
        fileStorageOf(ctx.config),
        tree,
        found.campaign,
        found.assignment,
        ctx.clock.now(),
      ),
    );
  },
);
