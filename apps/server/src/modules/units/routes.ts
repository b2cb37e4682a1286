import {
  canSeeUnit,
  importCommitQuerySchema,
  unitCreateSchema,
  unitDetailSchema,
  unitImportResultSchema,
  unitListSchema,
  unitPatchSchema,
  unitQuerySchema,
  unitSchema,
} from '@tongket/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contentDisposition } from '../../http/download.ts';
import { authorize } from '../../http/guard.ts';
import { notFound } from '../../http/problem.ts';
import { readUpload } from '../../lib/uploads/read-upload.ts';
import { createUnit } from './create-unit.ts';
import { importUnits } from './import-units.ts';
import { writeUnitWorkbook } from './unit-workbook.ts';
import { updateUnit } from './update-unit.ts';

const idParams = z.strictObject({ id: z.string().max(64) });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function unitsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const db = ctx.db.kysely;
  return async (app) => {
    app.get(
      '/units',
      {
        schema: {
          tags: ['units'],
          summary:
            'Cây đơn vị của tỉnh mình (mọi tỉnh với quản trị hệ thống) theo thứ tự hiển thị; ?q= tìm không phân biệt dấu (kèm các đơn vị cấp trên)',
          querystring: unitQuerySchema,
          response: { 200: unitListSchema },
        },
      },
      async (request, typedReply) => {
        const actor = authorize(request, 'units.read');
        // Only the caller's own province (every province for the system administrator).
        const view = (await ctx.units.current()).viewFor(actor);
        // The body is pre-serialised JSON bytes; the schema above documents their shape.
        const reply = typedReply as unknown as FastifyReply;
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

    app.get(
      '/units/export.xlsx',
      { schema: { tags: ['units'], summary: 'Xuất danh sách đơn vị ra Excel (nhập lại được nguyên vẹn)' } },
      async (request, reply) => {
        const actor = authorize(request, 'units.read');
        const tree = await ctx.units.current();
        const buffer = await writeUnitWorkbook(tree.viewFor(actor).items, (id) => tree.byId.get(id)?.code);
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', contentDisposition('don-vi.xlsx'))
          .send(buffer);
      },
    );

    app.get(
      '/units/:id',
      {
        schema: {
          tags: ['units'],
          params: idParams,
          response: { 200: unitDetailSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'units.read');
        const tree = await ctx.units.current();
        const unit = tree.byId.get(request.params.id);
        // Another province's unit answers as if it did not exist.
        if (!unit || !canSeeUnit(actor, unit.id, tree)) throw notFound('unit');
        return { ...unit, path: tree.path(unit.id), childCount: tree.childCount(unit.id) };
      },
    );

    app.post(
      '/units',
      {
        schema: {
          tags: ['units'],
          summary: 'Thêm đơn vị',
          body: unitCreateSchema,
          response: { 201: unitSchema },
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'units.manage');
        const unit = await createUnit(db, actor, await ctx.units.current(), request.body);
        const tree = await ctx.units.current();
        reply.code(201);
        return tree.byId.get(unit.id) ?? unit;
      },
    );

    app.patch(
      '/units/:id',
      {
        schema: {
          tags: ['units'],
          summary: 'Sửa đơn vị (kèm version)',
          params: idParams,
          body: unitPatchSchema,
          response: { 200: unitSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'units.manage');
        const unit = await updateUnit(db, actor, await ctx.units.current(), request.params.id, request.body);
        const tree = await ctx.units.current();
        return tree.byId.get(unit.id) ?? unit;
      },
    );

    app.post(
      '/units/import',
      {
        schema: {
          tags: ['units'],
          summary:
            'Nhập đơn vị từ Excel: commit=false xem trước, commit=true lưu (tất cả hoặc không dòng nào)',
          querystring: importCommitQuerySchema,
          consumes: ['multipart/form-data'],
          response: { 200: unitImportResultSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, 'units.manage');
        const { data: buffer } = await readUpload(request, ctx.config.maxUploadBytes, 'excel');
        return importUnits(db, ctx.units, actor, buffer, request.query.commit === 'true');
      },
    );
  };
}
