import { defineEndpoint } from '../../../http/endpoint.ts';
import { budgetWorkbook, getBudget } from '../budget.ts';
import { assertSeesBudget, authorizeConferenceRead } from '../conference-access.ts';
import { getConference } from '../get-conference.ts';
import { sendDocumentFile } from '../send-document-file.ts';

export const getBudgetWorkbookEndpoint = defineEndpoint(
  'GET /campaigns/:id/conference/budget.xlsx',
  { tags: ['conference'], summary: 'Kinh phí hội nghị (Excel)' },
  async (ctx, request, reply) => {
    const db = ctx.db.kysely;
    const { tree, access } = await authorizeConferenceRead(ctx, request, request.params.id);
    assertSeesBudget(access);
    const title = (await getConference(db, tree, access)).title;
    return sendDocumentFile(reply, {
      bytes: await budgetWorkbook(await getBudget(db, access), title),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      name: 'Kinh phí hội nghị.xlsx',
      ascii: 'kinh-phi-hoi-nghi.xlsx',
    });
  },
);
