import { AsyncLocalStorage } from 'node:async_hooks';
import { type Lang, langFromAcceptLanguage, setLanguageSource } from '@tongket/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const requestLang = new AsyncLocalStorage<Lang>();

/** The language a request asked to be answered in (its Accept-Language; Vietnamese by default). */
export function languageOf(request: FastifyRequest): Lang {
  return langFromAcceptLanguage(request.headers['accept-language']);
}

/**
 * Answers each request in its caller's language: everything run for the request — validation,
 * the handler, the error handler — sees it through the domain's `currentLang()`. Work outside a
 * request (jobs, the CLI, mails) stays in Vietnamese.
 */
export function installRequestLanguage(app: FastifyInstance): void {
  setLanguageSource(() => requestLang.getStore() ?? 'vi');
  app.addHook('onRequest', (request, _reply, done) => {
    requestLang.run(languageOf(request), done);
  });
}
