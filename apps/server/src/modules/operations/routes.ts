import { pick } from '@tongket/domain';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { isAllowed, type Metrics, metricsAllowList } from './metrics.ts';
import { checkReadiness } from './readiness.ts';

/**
 * For the machine that runs the service, not for users: `/healthz` (the process answers),
 * `/readyz` (it can do its work: database, migrations, disk) and `/metrics` (Prometheus text,
 * only to the addresses `METRICS_ALLOW` lists). None needs a session; none is in the OpenAPI document.
 */
export function operationsRoutes(ctx: AppContext, metrics: Metrics) {
  const allowed = metricsAllowList(ctx.config.metricsAllow);
  return async (app: FastifyInstance) => {
    app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok', database: ctx.db.dialect }));

    app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
      const readiness = await checkReadiness(ctx.db, {
        dataDir: ctx.config.dataDir,
        filesOnDisk: ctx.config.fileStorage === 'disk',
        minFreeDiskBytes: ctx.config.minFreeDiskMb * 1024 * 1024,
      });
      return reply.code(readiness.ready ? 200 : 503).send({
        status: readiness.ready ? 'ready' : 'not_ready',
        database: ctx.db.dialect,
        checks: readiness.checks,
      });
    });

    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      if (!isAllowed(allowed, request.ip)) {
        return reply
          .code(403)
          .type('text/plain; charset=utf-8')
          .send(
            pick({
              vi: `Địa chỉ ${request.ip} không được đọc số liệu vận hành (xem METRICS_ALLOW).\n`,
              en: `The address ${request.ip} may not read the operational metrics (see METRICS_ALLOW).\n`,
            }),
          );
      }
      const text = await metrics.registry.metrics();
      return reply.type(metrics.registry.contentType).send(text);
    });
  };
}
