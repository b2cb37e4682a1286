import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorizeConferenceChange } from '../conference-access.ts';
import { listDelegates } from '../list-delegates.ts';
import { updateDelegate } from '../save-delegate.ts';

export const updateDelegateEndpoint = defineEndpoint(
  'PATCH /campaigns/:id/conference/delegates/:delegateId',
  {
    tags: ['conference'],
    summary: 'Sửa thông tin đại biểu, hoặc ghi trả lời nhận qua điện thoại (kèm version)',
  },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const { id, delegateId } = request.params;
    const { actor, tree, access } = await authorizeConferenceChange(ctx, request, id);
    await updateDelegate(db, tree, ctx.events, actor, access, delegateId, request.body);
    const [updated] = (await listDelegates(db, tree, actor, access)).filter((d) => d.id === delegateId);
    return updated as NonNullable<typeof updated>;
  },
);
