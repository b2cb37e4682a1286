import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { regenerateConsolidated } from '../change-consolidated.ts';
import { consolidatedReport, reportAnswer } from '../consolidate.ts';
import { consolidatedCampaign } from '../consolidation-access.ts';

export const regenerateConsolidatedEndpoint = defineEndpoint(
  'POST /campaigns/:id/consolidated/regenerate',
  {
    tags: ['consolidation'],
    summary:
      'Tổng hợp lại từ các báo cáo hiện có: mục chưa sửa được viết lại, mục đã sửa giữ nguyên và thêm phần mới; `targetPages` (1–200, `null` để bỏ, không gửi thì giữ mục tiêu đã đặt) là số trang mục tiêu mà bản tổng hợp được rút gọn cho vừa',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const actor = authorize(request, 'campaigns.manage');
    const tree = await ctx.units.current();
    const { campaign } = await consolidatedCampaign(db, tree, actor, request.params.id, true);
    const { added } = await regenerateConsolidated(db, tree, actor, campaign, request.body);
    return { ...reportAnswer(await consolidatedReport(db, tree, campaign, true)), added };
  },
);
