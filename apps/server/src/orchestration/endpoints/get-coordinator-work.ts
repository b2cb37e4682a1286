import { defineEndpoint } from '../../http/endpoint.ts';
import { authorize } from '../../http/guard.ts';
import { coordinatorWork } from '../coordinator-work.ts';

export const getCoordinatorWorkEndpoint = defineEndpoint(
  'GET /home/coordinator',
  {
    tags: ['campaigns'],
    summary:
      'Việc cần làm ngay của cơ quan thường trực: báo cáo chờ tiếp nhận, đề nghị khen thưởng chờ chuyển, nhiệm vụ quá hạn và sắp đến hạn, lời mời chưa phản hồi',
  },
  async (ctx, request) => {
    const actor = authorize(request, 'work.coordinate');
    return coordinatorWork(ctx.db.kysely, await ctx.units.current(), actor);
  },
);
