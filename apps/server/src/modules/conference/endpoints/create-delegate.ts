import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorizeConferenceChange } from '../conference-access.ts';
import { listDelegates } from '../list-delegates.ts';
import { createDelegate } from '../save-delegate.ts';

export const createDelegateEndpoint = defineEndpoint(
  'POST /campaigns/:id/conference/delegates',
  { tags: ['conference'], summary: 'Thêm đại biểu vào một thành phần của kế hoạch' },
  async (ctx, request) => {
    const db = ctx.db.kysely;
    const { actor, tree, access } = await authorizeConferenceChange(ctx, request, request.params.id);
    const id = await createDelegate(db, tree, ctx.events, actor, access, request.body);
    const [created] = (await listDelegates(db, tree, actor, access)).filter((d) => d.id === id);
    return created as NonNullable<typeof created>;
  },
);
