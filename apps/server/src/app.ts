import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import { zodLocale } from '@tongket/domain';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.ts';
import { type AppContext, ServerState } from './context.ts';
import type { Db } from './db/database.ts';
import { registerGuards } from './http/guard.ts';
import { installRequestLanguage } from './http/language.ts';
import { redactUrl } from './http/logging.ts';
import { createLoopTurns } from './http/loop-turns.ts';
import { handleError, notFound, sendProblem } from './http/problem.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { localEventBus, postgresEventBus } from './kernel/event-bus.ts';
import { startMailer } from './kernel/mailer.ts';
import { UnitDirectory } from './kernel/unit-directory.ts';
import { systemClock } from './lib/clock.ts';
import { withUploadBodies } from './lib/uploads/openapi-uploads.ts';
import { setParserLimits } from './lib/uploads/parser-pool.ts';
import { assignmentsRoutes, runDueReminders } from './modules/assignments/index.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { authRoutes, registerSessionActor } from './modules/auth/index.ts';
import { BackupScheduler, backupEnv } from './modules/backup/index.ts';
import { campaignsRoutes } from './modules/campaigns/index.ts';
import { commendationRoutes } from './modules/commendation/index.ts';
import { conferenceRoutes } from './modules/conference/index.ts';
import { consolidationRoutes } from './modules/consolidation/index.ts';
import { eventsRoutes } from './modules/events/index.ts';
import { notificationsRoutes } from './modules/notifications/index.ts';
import { createMetrics, operationsRoutes } from './modules/operations/index.ts';
import { unitsRoutes } from './modules/units/index.ts';
import { usersRoutes } from './modules/users/index.ts';
import { roundRoutes, signingRoutes } from './orchestration/routes.ts';

// Zod's own messages in the caller's language, for every field error that has no message of ours.
z.config(zodLocale());

export interface BuildAppOptions {
  db: Db;
  config: Config;
  logger?: FastifyServerOptions['logger'];
}

/** The HTTP application: plugins, guards, every module's routes, the web client. */
export async function buildApp({ db, config, logger = false }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Let in-flight requests finish on close while refusing new ones.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    genReqId: () => crypto.randomUUID(),
    // One access line per request, written by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  installRequestLanguage(app);

  const metrics = createMetrics(db.kysely);
  app.addHook('onClose', async () => metrics.registry.clear());
  const mailer = config.smtpUrl
    ? startMailer(db.kysely, {
        smtpUrl: config.smtpUrl,
        from: config.mailFrom,
        publicUrl: config.publicUrl,
        log: app.log,
        onSent: (count) => metrics.mailsSent.inc(count),
      })
    : null;
  if (mailer) app.addHook('onClose', () => mailer.stop());
  const events = metrics.counting(
    db.dialect === 'postgres' && config.databaseUrl
      ? postgresEventBus(config.databaseUrl, app.log)
      : localEventBus(),
  );
  app.addHook('onClose', () => events.close());
  const ctx: AppContext = {
    db,
    config,
    units: new UnitDirectory(db.kysely),
    mailer,
    events,
    clock: systemClock,
    state: new ServerState(),
  };
  app.addHook('onClose', async () => ctx.state.close());
  if (config.reminderIntervalSeconds > 0) {
    // Every instance checks; the reminder ledger makes each reminder go out once.
    const reminders = setInterval(() => {
      void ctx.units
        .current()
        .then((tree) => runDueReminders(db.kysely, tree, ctx.clock.nowMs()))
        .then((sent) => {
          metrics.remindersSent.inc(sent);
          return sent > 0 ? mailer?.flush() : undefined;
        })
        .catch((err) => app.log.warn({ err }, 'reminder check failed'));
    }, config.reminderIntervalSeconds * 1000);
    reminders.unref();
    app.addHook('onClose', async () => clearInterval(reminders));
  }

  if (config.backupIntervalHours > 0) {
    // Every instance checks; a claim in app_state makes one of them take each backup.
    const backups = new BackupScheduler(
      db.kysely,
      { dir: config.backupDir, intervalHours: config.backupIntervalHours, keep: config.backupKeep },
      app.log,
      undefined,
      backupEnv(config),
    );
    backups.start();
    app.addHook('onClose', () => backups.stop());
  }

  registerSecurityHeaders(app, { https: config.cookieSecure });
  // Every handler starts in an event-loop turn of its own, reads before queued writes (loop-turns.ts).
  const nextTurn = createLoopTurns();
  app.addHook('preHandler', (request) => nextTurn(request.method === 'GET' || request.method === 'HEAD'));
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10 } });
  setParserLimits({ timeoutMs: config.parseTimeoutSeconds * 1000 });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tổng kết API',
        version: '1',
        description:
          'API của hệ thống Tổng kết. Lỗi trả về theo RFC 9457 (application/problem+json) với `code` ổn định và `detail` tiếng Việt.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tongket_session' } },
      },
      security: [{ session: [] }],
    },
    transform: withUploadBodies,
  });
  registerGuards(app, ctx);
  registerSessionActor(app, ctx);

  // While shutting down, answer in-flight requests with "Connection: close" so keep-alive
  // sockets do not hold the process open after their last response.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });

  // The access log: one line per request with its route, status, duration and user (the request id
  // is on every line the request logs), and the same figures for the metrics.
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? '(no route)';
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    request.log.info(
      {
        method: request.method,
        route,
        url: redactUrl(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        userId: request.actor?.userId ?? null,
      },
      'request',
    );
  });
  await app.register(operationsRoutes(ctx, metrics));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(
    async (api) => {
      await api.register(authRoutes(ctx));
      await api.register(unitsRoutes(ctx));
      await api.register(usersRoutes(ctx));
      await api.register(auditRoutes(ctx));
      await api.register(campaignsRoutes(ctx));
      await api.register(roundRoutes(ctx));
      await api.register(signingRoutes(ctx));
      await api.register(assignmentsRoutes(ctx));
      await api.register(commendationRoutes(ctx));
      await api.register(consolidationRoutes(ctx));
      await api.register(conferenceRoutes(ctx));
      await api.register(notificationsRoutes(ctx));
      await api.register(eventsRoutes(ctx));
    },
    { prefix: '/api/v1' },
  );

  const indexHtml = path.join(config.webDistDir, 'index.html');
  const hasWeb = fs.existsSync(indexHtml);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: config.webDistDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      // The build writes a .br and a .gz beside each text file (apps/web/vite-precompress.ts): sent
      // as they are to a browser that accepts them, with no compression work per request.
      preCompressed: true,
      // Built assets carry a content hash in their name: cache them for good; the page itself is revalidated.
      setHeaders(res, filePath) {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/') &&
      !path.extname(request.url.split('?')[0] ?? '');
    if (hasWeb && wantsPage) {
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .sendFile('index.html');
    }
    return sendProblem(reply, request, notFound('route'));
  });

  return app;
}
