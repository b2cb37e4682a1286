import {
  type Bilingual,
  currentLang,
  type EditedThing,
  ERROR_TITLES,
  type ErrorArgs,
  type ErrorCode,
  type ErrorCodeOf,
  type ErrorFixedCase,
  type ErrorStatus,
  errorStatus,
  errorText,
  type Lang,
  type Text,
  textIn,
} from '@tongket/domain';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { languageOf } from './language.ts';

/**
 * A field a problem points at. `message` is Bilingual when the server words it, a string when it
 * is already in the caller's language (a zod message made during the request).
 */
export interface FieldError {
  field: string;
  message: Text;
}

/** Members a problem answers with besides its text; `headers` are sent as response headers. */
export interface ProblemExtra {
  errors?: FieldError[];
  /** Sentences for the person (a plan's problems): each rendered in the caller's language. */
  problems?: Text[];
  headers?: Record<string, string>;
  [key: string]: unknown;
}

/**
 * An error a person can act on: RFC 9457 problem details with a stable machine `code` from the
 * error catalogue (packages/domain/src/errors.ts), which also decides its status and words its
 * text. The text is rendered when the problem is answered, in the caller's language.
 */
export class HttpProblem extends Error {
  readonly status: ErrorStatus;

  constructor(
    readonly code: ErrorCode,
    readonly params: unknown,
    readonly extra: ProblemExtra = {},
  ) {
    super(errorText(code as never, params as never).vi);
    this.status = errorStatus(code);
  }

  /** The text in `lang`. */
  text(lang: Lang): string {
    return (errorText as (code: ErrorCode, params: unknown) => Bilingual)(this.code, this.params)[lang];
  }

  /** The text in the language of whoever is being answered now. */
  get detail(): string {
    return this.text(currentLang());
  }
}

type Args<C extends ErrorCode, X> = [...ErrorArgs<C>, X?];

/** A problem with any code of the catalogue: `problem('not_docx', { what }, { maxBytes })`. */
export const problem = <C extends ErrorCode>(code: C, ...args: Args<C, ProblemExtra>) => {
  const [params, extra] = args as unknown as [unknown, ProblemExtra?];
  return new HttpProblem(code, params, extra);
};

/** A 400 naming the fields at fault: `badRequest('wrong_password', undefined, [{ field, message }])`. */
export const badRequest = <C extends ErrorCodeOf<400>>(code: C, ...args: Args<C, FieldError[]>) => {
  const [params, errors] = args as unknown as [unknown, FieldError[]?];
  return new HttpProblem(code, params, errors ? { errors } : {});
};

export const conflict = <C extends ErrorCodeOf<409>>(code: C, ...args: Args<C, ProblemExtra>) => {
  const [params, extra] = args as unknown as [unknown, ProblemExtra?];
  return new HttpProblem(code, params, extra);
};

export const unauthenticated = () => new HttpProblem('unauthenticated', undefined);
export const forbidden = (what: ErrorFixedCase<'forbidden'> = 'default', extra?: ProblemExtra) =>
  new HttpProblem('forbidden', { case: what }, extra);
export const notFound = (what: ErrorFixedCase<'not_found'>) => new HttpProblem('not_found', { case: what });
export const versionConflict = (what: EditedThing) =>
  new HttpProblem('version_conflict', { case: 'edited', what });

const OTHER_TITLE: Bilingual = { vi: 'Lỗi', en: 'Error' };

/** Extra members in the caller's language: field messages and sentences. */
function localized(extra: ProblemExtra, lang: Lang): Record<string, unknown> {
  const { headers: _headers, ...members } = extra;
  return {
    ...members,
    ...(members.errors && {
      errors: members.errors.map((e) => ({ field: e.field, message: textIn(e.message, lang) })),
    }),
    ...(members.problems && { problems: members.problems.map((p) => textIn(p, lang)) }),
  };
}

/** Answers with `problem` in the language the request asked for (with another `status` if given). */
export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: HttpProblem,
  status: number = problem.status,
): FastifyReply {
  const lang = languageOf(request);
  if (problem.extra.headers) reply.headers(problem.extra.headers);
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `https://tongket.vn/problems/${problem.code.replaceAll('_', '-')}`,
      title: ((ERROR_TITLES as Record<number, Bilingual | undefined>)[status] ?? OTHER_TITLE)[lang],
      status,
      code: problem.code,
      detail: problem.text(lang),
      instance: request.url.split('?')[0],
      ...localized(problem.extra, lang),
    });
}

const ZOD_LOCATIONS: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

interface ZodIssueLike {
  instancePath: string;
  message: string;
  keyword: string;
  params: { keys?: string[] };
}

const NOT_ALLOWED: Bilingual = { vi: 'Trường này không được phép', en: 'This field is not allowed' };

/** Turns zod issues into field errors named as a client knows them: "name", "query.q". */
function fieldErrors(error: FastifyError): FieldError[] {
  const where = ZOD_LOCATIONS[error.validationContext ?? 'body'] ?? 'body';
  const prefix = where === 'body' ? '' : `${where}.`;
  const out: FieldError[] = [];
  for (const issue of (error.validation ?? []) as unknown as ZodIssueLike[]) {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (issue.keyword === 'unrecognized_keys' && issue.params.keys) {
      for (const key of issue.params.keys) {
        out.push({ field: prefix + (path ? `${path}.${key}` : key), message: NOT_ALLOWED });
      }
    } else {
      out.push({ field: prefix + path || where, message: issue.message });
    }
  }
  return out;
}

/** The problem an error answers as: ours as thrown, Fastify's and the validator's by their code. */
function problemOf(error: FastifyError): HttpProblem | undefined {
  if (error instanceof HttpProblem) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = fieldErrors(error);
    return problem('validation_failed', { errors }, { errors });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem('malformed_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
      return problem('body_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return problem('unsupported_media_type');
  }
  if (error.statusCode === 429) return problem('rate_limited', { case: 'requests' });
  return undefined;
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known = problemOf(error);
  if (known) return sendProblem(reply, request, known);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's other client errors keep their own status.
    return sendProblem(reply, request, problem('bad_request'), error.statusCode);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, request, problem('internal_error'));
}
