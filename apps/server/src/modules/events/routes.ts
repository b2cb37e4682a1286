import { followsUnit } from '@tongket/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { authorize } from '../../http/guard.ts';
import type { CampaignEvent } from '../../kernel/event-bus.ts';
import { getReadableCampaign } from '../campaigns/index.ts';

const HEARTBEAT_MS = 25_000;

export function eventsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Open streams are ended when the server shuts down, so closing does not wait on them.
    const open = new Set<() => void>();
    app.addHook('preClose', async () => {
      for (const end of open) end();
    });

    app.get(
      '/events',
      {
        schema: {
          tags: ['events'],
          summary:
            'Sự kiện trực tiếp của một đợt (server-sent events): "assignment" mỗi khi một nhiệm vụ được gửi, tiếp nhận hoặc trả lại; "conference" khi chương trình, danh sách đại biểu hoặc điểm danh của hội nghị thay đổi',
          querystring: z.strictObject({ campaignId: z.string().max(64) }),
        },
      },
      async (request, reply) => {
        const actor = authorize(request, 'campaigns.read');
        const tree = await ctx.units.current();
        const campaign = await getReadableCampaign(ctx.db.kysely, tree, actor, request.query.campaignId);
        // A unit officer follows the units in their own subtree only; conference events name no one.
        const visible = (event: CampaignEvent) =>
          event.type !== 'assignment.changed' || followsUnit(actor, event.unitId, tree);

        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
          'x-content-type-options': 'nosniff',
        });
        res.write(`retry: 3000\n: ${campaign.id}\n\n`);
        const unsubscribe = ctx.events.subscribe(campaign.id, (event) => {
          if (!visible(event)) return;
          const name = event.type === 'conference.changed' ? 'conference' : 'assignment';
          res.write(`event: ${name}\ndata: ${JSON.stringify(event)}\n\n`);
        });
        const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
        const end = () => {
          if (!open.delete(end)) return;
          clearInterval(heartbeat);
          unsubscribe();
          res.end();
        };
        open.add(end);
        request.raw.on('close', end);
      },
    );
  };
}
