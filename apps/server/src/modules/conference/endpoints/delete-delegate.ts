import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorizeConferenceChange } from '../conference-access.ts';
import { deleteDelegate } from '../save-delegate.ts';

export const deleteDelegateEndpoint = defineEndpoint(
  'DELETE /campaigns/:id/conference/delegates/:delegateId',
  {
    tags: ['conference'],
    summary:
      'Bỏ đại biểu khỏi danh sách (đường dẫn xác nhận của họ hết hiệu lực); đã điểm danh thì không bỏ được',
  },
  async (ctx, request) => {
    const { actor, access } = await authorizeConferenceChange(ctx, request, request.params.id);
    await deleteDelegate(ctx.db.kysely, ctx.events, actor, access, request.params.delegateId);
  },
);
