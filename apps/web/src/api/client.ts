import {
  type ApiContract,
  currentLang,
  type Endpoint,
  type EndpointAnswer,
  type EndpointBody,
  type EndpointMethod,
  type EndpointParams,
  type EndpointQuery,
  type FileEndpoint,
  type JsonEndpoint,
  type Problem,
} from '@tongket/domain';

export const API_BASE = '/api/v1';

/** The server answered with an error; `problem` is its RFC 9457 body (or a stand-in if it sent none). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get code(): string {
    return this.problem.code;
  }
}

/** The request never got an answer (offline, server down, proxy refused). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

type UnauthorizedListener = () => void;
let onUnauthorized: UnauthorizedListener | undefined;

/**
 * Called when any request except sign-in and the session probe answers 401. The app re-checks the
 * session; if it is gone, the shell sends the person to the login page.
 */
export function setUnauthorizedListener(listener: UnauthorizedListener | undefined): void {
  onUnauthorized = listener;
}

const SESSION_PATHS = new Set(['/auth/login', '/auth/me']);

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  json?: unknown;
  form?: FormData;
  /** Extra request headers, e.g. an Idempotency-Key. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** With `form`: hears how much of it has gone up (sent and total bytes). */
  onUploadProgress?: UploadProgress;
}

/** How much of a form has gone up so far, of how much. */
export type UploadProgress = (sent: number, total: number) => void;

/** What an upload's mutation takes besides its file: who hears how far it has gone. */
export interface Sending {
  onUploadProgress?: UploadProgress;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

/**
 * True when `body` has the members of an RFC 9457 problem as the API answers one (the shape of the
 * domain's `problemSchema`). Checked by hand: the client every page loads first stays without zod.
 */
export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const p = body as Record<string, unknown>;
  const text = (value: unknown) => typeof value === 'string';
  return (
    text(p.type) &&
    text(p.title) &&
    Number.isInteger(p.status) &&
    text(p.code) &&
    text(p.detail) &&
    (p.instance === undefined || text(p.instance)) &&
    (p.errors === undefined ||
      (Array.isArray(p.errors) &&
        p.errors.every(
          (item: unknown) =>
            typeof item === 'object' &&
            item !== null &&
            text((item as Record<string, unknown>).field) &&
            text((item as Record<string, unknown>).message),
        )))
  );
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText,
    status: response.status,
    code: 'http_error',
    detail: '',
  };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const body: unknown = await response.json();
    // Extra members a route adds (e.g. `problems` of a refused issue) are kept beside the standard ones.
    return isProblem(body) ? body : fallback;
  } catch {
    return fallback;
  }
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    // Errors come back in the interface's language.
    'Accept-Language': currentLang(),
    ...options.headers,
  };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    // The browser sets the multipart boundary itself.
    body = options.form;
  }

  let response: Response;
  try {
    const url = buildUrl(path, options.query);
    const method = options.method ?? 'GET';
    // fetch does not tell how much of a request body has gone; XMLHttpRequest does.
    response =
      options.form && options.onUploadProgress && typeof XMLHttpRequest !== 'undefined'
        ? await sendWithProgress(url, method, headers, options.form, options.onUploadProgress, options.signal)
        : await fetch(url, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !SESSION_PATHS.has(path)) onUnauthorized?.();
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await response.json()) as T;
}

/**
 * Sends a form with XMLHttpRequest, telling `onProgress` as it goes up, and answers the same
 * Response fetch would, so the caller reads it the same way.
 */
function sendWithProgress(
  url: string,
  method: string,
  headers: Record<string, string>,
  form: FormData,
  onProgress: UploadProgress,
  signal: AbortSignal | undefined,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = true;
    xhr.responseType = 'blob';
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    // The whole body is up (told even when no progress event said so): the server reads it now.
    xhr.upload.onload = (event) => {
      const size = Math.max(event.loaded, event.total);
      onProgress(size, size);
    };
    xhr.onload = () => {
      const answer = new Headers();
      for (const line of xhr
        .getAllResponseHeaders()
        .trim()
        .split(/[\r\n]+/)) {
        const colon = line.indexOf(':');
        if (colon > 0) answer.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(
        new Response(empty ? null : (xhr.response as Blob), {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: answer,
        }),
      );
    };
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.ontimeout = xhr.onerror;
    const abort = () => xhr.abort();
    xhr.onabort = () => reject(new DOMException('The request was aborted', 'AbortError'));
    if (signal?.aborted) return reject(new DOMException('The request was aborted', 'AbortError'));
    signal?.addEventListener('abort', abort, { once: true });
    xhr.onloadend = () => signal?.removeEventListener('abort', abort);
    xhr.send(form);
  });
}

type Input<E extends Endpoint> = ([keyof EndpointParams<E>] extends [never]
  ? { params?: never }
  : { params: EndpointParams<E> }) &
  ([EndpointQuery<E>] extends [never] ? { query?: never } : { query?: EndpointQuery<E> }) &
  ([EndpointBody<E>] extends [never]
    ? { body?: never }
    : undefined extends EndpointBody<E>
      ? { body?: EndpointBody<E> }
      : { body: EndpointBody<E> }) &
  (ApiContract[E] extends { form: true } ? { form: FormData } : { form?: never }) & {
    /** Extra request headers, e.g. an Idempotency-Key. */
    headers?: Record<string, string>;
    signal?: AbortSignal;
    /** With a form: hears how much of it has gone up. */
    onUploadProgress?: UploadProgress;
  };

/** The input may be left out when nothing in it is required. */
type Args<E extends Endpoint> = object extends Input<E> ? [input?: Input<E>] : [input: Input<E>];

/**
 * Calls one endpoint of the contract (`'PATCH /users/:id'`, see packages/domain/src/contract.ts):
 * its path parameters, query and body are typed from the schemas the server registers, and so is
 * the answer, so no call site states what the server returns.
 */
export function api<E extends JsonEndpoint>(endpoint: E, ...[input]: Args<E>): Promise<EndpointAnswer<E>> {
  const space = endpoint.indexOf(' ');
  const method = endpoint.slice(0, space) as EndpointMethod<E> & RequestOptions['method'];
  const path = fillPath(endpoint.slice(space + 1), input?.params);
  return apiRequest<EndpointAnswer<E>>(path, {
    method,
    query: input?.query as Record<string, QueryValue> | undefined,
    json: input?.body,
    form: input?.form,
    headers: input?.headers,
    signal: input?.signal,
    onUploadProgress: input?.onUploadProgress,
  });
}

/** The path with its `:name` parameters filled in, each encoded as one segment. */
function fillPath(path: string, params: Partial<Record<string, string | number>> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));
}

type FileInput<E extends FileEndpoint> = ([keyof EndpointParams<E>] extends [never]
  ? { params?: never }
  : { params: EndpointParams<E> }) &
  ([EndpointQuery<E>] extends [never] ? { query?: never } : { query?: EndpointQuery<E> });

/**
 * The address of a file endpoint of the contract (a document, a workbook, a calendar), for a link
 * or a download: `fileUrl('GET /campaigns/:id/progress.xlsx', { params: { id }, query })`.
 */
export function fileUrl<E extends FileEndpoint>(
  endpoint: E,
  ...[input]: object extends FileInput<E> ? [input?: FileInput<E>] : [input: FileInput<E>]
): string {
  const path = fillPath(endpoint.slice(endpoint.indexOf(' ') + 1), input?.params);
  return buildUrl(path, input?.query as Record<string, QueryValue> | undefined);
}

/** An extra list member of a problem (e.g. `problems` of a refused issue), when the server sent one. */
export function problemList(error: unknown, member: string): string[] {
  if (!(error instanceof ApiError)) return [];
  const value = (error.problem as Record<string, unknown>)[member];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** Any extra member of a problem (e.g. `current` of a draft conflict, `missing` of a refused submit). */
export function problemMember(error: unknown, member: string): unknown {
  if (!(error instanceof ApiError)) return undefined;
  return (error.problem as Record<string, unknown>)[member];
}
