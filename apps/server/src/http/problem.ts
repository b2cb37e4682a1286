import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export interface FieldError {
  field: string;
  message: string;
}

const TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa đăng nhập',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  409: 'Xung đột dữ liệu',
  413: 'Dữ liệu quá lớn',
  415: 'Định dạng không được hỗ trợ',
  422: 'Dữ liệu không hợp lệ',
  429: 'Quá nhiều yêu cầu',
  500: 'Lỗi hệ thống',
  503: 'Hệ thống đang tạm dừng',
};

/**
 * An error a person can act on: RFC 9457 problem details with a stable machine `code`
 * and a Vietnamese `detail`. Services throw it; the error handler renders it.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail);
  }
}

export const badRequest = (code: string, detail: string, errors?: FieldError[]) =>
  new HttpProblem(400, code, detail, errors ? { errors } : {});
export const unauthenticated = () =>
  new HttpProblem(
    401,
    'unauthenticated',
    'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  );
export const forbidden = (detail = 'Bạn không có quyền thực hiện thao tác này.') =>
  new HttpProblem(403, 'forbidden', detail);
export const notFound = (detail: string) => new HttpProblem(404, 'not_found', detail);
export const conflict = (code: string, detail: string) => new HttpProblem(409, code, detail);
export const versionConflict = (what: string) =>
  new HttpProblem(
    409,
    'version_conflict',
    `${what} đã được người khác sửa sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa tiếp.`,
  );

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
): FastifyReply {
  const { headers, ...members } = extra as { headers?: Record<string, string> };
  if (headers) reply.headers(headers);
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `https://tongket.vn/problems/${code.replaceAll('_', '-')}`,
      title: TITLES[status] ?? 'Lỗi',
      status,
      code,
      detail,
      instance: request.url.split('?')[0],
      ...members,
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

/** Turns zod issues into field errors named as a client knows them: "name", "query.q". */
function fieldErrors(error: FastifyError): FieldError[] {
  const where = ZOD_LOCATIONS[error.validationContext ?? 'body'] ?? 'body';
  const prefix = where === 'body' ? '' : `${where}.`;
  const out: FieldError[] = [];
  for (const issue of (error.validation ?? []) as unknown as ZodIssueLike[]) {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (issue.keyword === 'unrecognized_keys' && issue.params.keys) {
      for (const key of issue.params.keys) {
        out.push({ field: prefix + (path ? `${path}.${key}` : key), message: 'Trường này không được phép' });
      }
    } else {
      out.push({ field: prefix + path || where, message: issue.message });
    }
  }
  return out;
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpProblem) {
    return sendProblem(reply, request, error.status, error.code, error.detail, error.extra);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = fieldErrors(error);
    const list = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    return sendProblem(reply, request, 400, 'validation_failed', `Dữ liệu gửi lên không hợp lệ — ${list}.`, {
      errors,
    });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendProblem(
        reply,
        request,
        400,
        'malformed_json',
        'Nội dung gửi lên không phải JSON hợp lệ. Kiểm tra lại dấu ngoặc, dấu phẩy và dấu nháy.',
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
      return sendProblem(
        reply,
        request,
        413,
        'body_too_large',
        'Dữ liệu hoặc tệp gửi lên vượt quá dung lượng cho phép.',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return sendProblem(
        reply,
        request,
        415,
        'unsupported_media_type',
        'Định dạng dữ liệu gửi lên không được hỗ trợ (cần application/json hoặc multipart/form-data).',
      );
  }
  if (error.statusCode === 429) {
    return sendProblem(
      reply,
      request,
      429,
      'rate_limited',
      'Bạn gửi quá nhiều yêu cầu. Vui lòng chờ một lát rồi thử lại.',
    );
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendProblem(reply, request, error.statusCode, 'bad_request', 'Yêu cầu không hợp lệ.');
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(
    reply,
    request,
    500,
    'internal_error',
    'Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại sau ít phút.',
  );
}
