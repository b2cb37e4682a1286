import { defineEndpoint } from '../../../http/endpoint.ts';
import { attendance } from '../attendance.ts';
import { authorizeConferenceRead } from '../conference-access.ts';

export const getAttendanceEndpoint = defineEndpoint(
  'GET /campaigns/:id/conference/attendance',
  {
    tags: ['conference'],
    summary: 'Số đại biểu theo thành phần: dự kiến, trong danh sách, đã mời, nhận lời, từ chối, đã điểm danh',
  },
  async (ctx, request) => {
    const { access } = await authorizeConferenceRead(ctx, request, request.params.id);
    return attendance(ctx.db.kysely, access);
  },
);
