import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { templateAnswers } from '../outline-templates.ts';

export const listOutlineTemplatesEndpoint = defineEndpoint(
  'GET /outline-templates',
  { tags: ['campaigns'], summary: 'Các mẫu đề cương dùng được: của tỉnh người dùng, rồi đề cương trống' },
  async (ctx, request) => {
    const actor = authorize(request, 'campaigns.read');
    return { items: templateAnswers(await ctx.units.current(), actor.unitId) };
  },
);
