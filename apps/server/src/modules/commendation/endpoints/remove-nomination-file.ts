import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';
import { removeNominationFile } from '../nomination-files.ts';

export const removeNominationFileEndpoint = defineEndpoint(
  'DELETE /nomination-files/:id',
  { tags: ['commendation'], summary: 'Gỡ một tệp hồ sơ khỏi đề nghị (khi chưa chuyển thẩm định)' },
  async (ctx, request) => {
    const actor = authorize(request, 'nominations.write');
    await removeNominationFile(ctx.db.kysely, await ctx.units.current(), actor, request.params.id);
  },
);
