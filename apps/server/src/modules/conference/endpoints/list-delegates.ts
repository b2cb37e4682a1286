import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorizeConferenceRead } from '../conference-access.ts';
import { listDelegates } from '../list-delegates.ts';

export const listDelegatesEndpoint = defineEndpoint(
  'GET /campaigns/:id/conference/delegates',
  {
    tags: ['conference'],
    summary:
      'Đại biểu của hội nghị (đơn vị chỉ thấy đại biểu của mình); q tìm theo tên, đơn vị, chức vụ, điện thoại không dấu',
  },
  async (ctx, request) => {
    const { actor, tree, access } = await authorizeConferenceRead(ctx, request, request.params.id);
    return { items: await listDelegates(ctx.db.kysely, tree, actor, access, request.query) };
  },
);
