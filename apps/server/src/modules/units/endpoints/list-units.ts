import { defineEndpoint } from '../../../http/endpoint.ts';
import { authorize } from '../../../http/guard.ts';

export const listUnitsEndpoint = defineEndpoint(
  'GET /units',
  {
    tags: ['units'],
    summary:
      'Cây đơn vị của tỉnh mình (mọi tỉnh với quản trị hệ thống) theo thứ tự hiển thị; ?q= tìm không phân biệt dấu (kèm các đơn vị cấp trên)',
  },
  async (ctx, request, reply) => {
    const actor = authorize(request, 'units.read');
    // Only the caller's own province (every province for the system administrator).
    const view = (await ctx.units.current()).viewFor(actor);
    // The body is pre-serialised JSON bytes; the contract's answer documents their shape.
    reply.type('application/json; charset=utf-8').header('cache-control', 'private, no-cache');
    const q = request.query.q?.trim();
    if (q) return reply.send(view.searchJson(q));
    // A province's tree is the same bytes for all its people until a unit changes: serve them
    // cached. The ETag names the province, so another province's copy is never confirmed.
    reply.header('etag', view.etag).header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === view.etag) return reply.code(304).send();
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      return reply.header('content-encoding', 'gzip').send(view.listGzip());
    }
    return reply.send(view.listJson());
  },
);
