import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { unitWork } from '../unit-work.ts';

export const getUnitWorkEndpoint = defineEndpoint(
  'GET /home/unit',
  {
    tags: ['campaigns'],
    summary:
      'Việc của đơn vị: nhiệm vụ chưa xong trong các đợt đã ban hành, khẩn nhất trước, kèm những mục, chỉ tiêu còn trống và bản PDF ký số còn thiếu; lời mời chưa phản hồi; đề nghị khen thưởng chưa gửi',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'assignments.work');
    return unitWork(ctx.db.kysely, await ctx.units.current(), actor);
  },
);
