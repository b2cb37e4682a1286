import { type Problem, problemSchema } from '@tongket/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planDocumentUrl } from './campaigns.ts';
import {
  ApiError,
  api,
  apiRequest,
  buildUrl,
  isApiError,
  isProblem,
  NetworkError,
  problemList,
  problemMember,
  setUnauthorizedListener,
} from './client.ts';
import {
  conferenceDocumentUrl,
  delegatesWorkbookUrl,
  rsvpCalendarUrl,
  rsvpInvitationUrl,
} from './conference.ts';
import { consolidatedDocumentUrl } from './consolidation.ts';
import { decisionDocumentUrl } from './decisions.ts';
import { nominationFileUrl, nominationTemplateUrl } from './nominations.ts';
import { progressWorkbookUrl } from './progress.ts';

describe('buildUrl', () => {
  it('puts the API prefix before the path', () => {
    expect(buildUrl('/campaigns')).toBe('/api/v1/campaigns');
    expect(buildUrl('/campaigns', {})).toBe('/api/v1/campaigns');
  });

  it('leaves out empty parameters but keeps zero and false', () => {
    expect(buildUrl('/audit', { actor: '', action: undefined, cursor: null, limit: 0, all: false })).toBe(
      '/api/v1/audit?limit=0&all=false',
    );
  });

  it('encodes Vietnamese text and reserved characters in parameters', () => {
    const url = buildUrl('/units', { q: 'Sở Y tế & bệnh viện', code: 'a=b?c' });
    const params = new URL(url, 'http://app.local').searchParams;
    expect(params.get('q')).toBe('Sở Y tế & bệnh viện');
    expect(params.get('code')).toBe('a=b?c');
    expect(url).not.toContain(' ');
  });
});

describe('document addresses', () => {
  it.each([
    [planDocumentUrl('c1', 'pdf'), '/api/v1/campaigns/c1/documents/plan.pdf'],
    // A new address per saved version, so no cache shows an old copy.
    [
      planDocumentUrl('c1', 'pdf', { inline: true, version: 7 }),
      '/api/v1/campaigns/c1/documents/plan.pdf?inline=1&v=7',
    ],
    [
      planDocumentUrl('c1', 'docx', { inline: false, version: 0 }),
      '/api/v1/campaigns/c1/documents/plan.docx?v=0',
    ],
    [decisionDocumentUrl('d1', 'certificates.pdf'), '/api/v1/decisions/d1/documents/certificates.pdf'],
    [decisionDocumentUrl('d1', 'decision.pdf', true), '/api/v1/decisions/d1/documents/decision.pdf?inline=1'],
    [consolidatedDocumentUrl('c1', 'indicators.xlsx'), '/api/v1/campaigns/c1/documents/indicators.xlsx'],
    [
      conferenceDocumentUrl('c1', 'invitation.pdf', { delegateId: 'dl-9', inline: true }),
      '/api/v1/campaigns/c1/documents/invitation.pdf?delegateId=dl-9&inline=1',
    ],
    [delegatesWorkbookUrl('c1'), '/api/v1/campaigns/c1/conference/delegates.xlsx'],
    [delegatesWorkbookUrl('c1', true), '/api/v1/campaigns/c1/conference/delegates.xlsx?template=1'],
    [progressWorkbookUrl('c1', {}), '/api/v1/campaigns/c1/progress.xlsx'],
    [
      progressWorkbookUrl('c1', { kind: 'report', unitKind: 'district', under: 'u-1' }),
      '/api/v1/campaigns/c1/progress.xlsx?kind=report&unitKind=district&under=u-1',
    ],
    [nominationTemplateUrl('c1', null), '/api/v1/campaigns/c1/nominations/template.xlsx'],
    [nominationTemplateUrl('c1', 'g 1'), '/api/v1/campaigns/c1/nominations/template.xlsx?awardGroupId=g+1'],
    [nominationFileUrl('f1'), '/api/v1/nomination-files/f1'],
    [rsvpInvitationUrl('tok'), '/api/v1/rsvp/tok/invitation.pdf'],
    [rsvpCalendarUrl('tok'), '/api/v1/rsvp/tok/calendar.ics'],
  ])('%s', (url, expected) => {
    expect(url).toBe(expected);
  });

  it('keeps an id inside its path segment, whatever it holds', () => {
    expect(decisionDocumentUrl('../admin?x=1#', 'decision.pdf')).toBe(
      '/api/v1/decisions/..%2Fadmin%3Fx%3D1%23/documents/decision.pdf',
    );
    expect(rsvpCalendarUrl('a/b')).toBe('/api/v1/rsvp/a%2Fb/calendar.ics');
  });
});

const problem = (over: Partial<Problem> & Record<string, unknown> = {}): Problem => ({
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  code: 'draft_conflict',
  detail: 'Bản nháp đã được người khác lưu.',
  ...over,
});

describe('problem helpers', () => {
  const conflict = new ApiError(409, problem({ current: { version: 8 }, missing: ['I.1', 2, 'II'] }));

  it('tells an API error by its code', () => {
    expect(isApiError(conflict)).toBe(true);
    expect(isApiError(conflict, 'draft_conflict')).toBe(true);
    expect(isApiError(conflict, 'version_conflict')).toBe(false);
    expect(isApiError(new Error('x'))).toBe(false);
    expect(isApiError(new NetworkError(new TypeError('offline')))).toBe(false);
    expect(conflict.message).toBe('Bản nháp đã được người khác lưu.');
  });

  it('reads a problem’s extra members, and only the text items of a list', () => {
    expect(problemMember(conflict, 'current')).toEqual({ version: 8 });
    expect(problemMember(conflict, 'absent')).toBeUndefined();
    expect(problemMember(new Error('x'), 'current')).toBeUndefined();
    expect(problemList(conflict, 'missing')).toEqual(['I.1', 'II']);
    expect(problemList(conflict, 'current')).toEqual([]);
    expect(problemList('not an error', 'missing')).toEqual([]);
  });
});

describe('isProblem', () => {
  // The client checks a problem by hand (no zod in the first bundle); it agrees with the schema.
  const cases: unknown[] = [
    problem(),
    problem({ instance: '/x', errors: [{ field: 'code', message: 'Trùng mã' }], current: 3 }),
    problem({ status: 409.5 }),
    problem({ detail: undefined }),
    problem({ instance: 4 as unknown as string }),
    problem({ errors: [{ field: 'code' }] as unknown as Problem['errors'] }),
    problem({ errors: 'x' as unknown as Problem['errors'] }),
    { ...problem(), code: null },
    null,
    'text',
    [],
  ];
  it.each(cases.map((value, i) => [i, value]))('case %i matches problemSchema', (_, value) => {
    expect(isProblem(value)).toBe(problemSchema.safeParse(value).success);
  });
});

describe('apiRequest', () => {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const answer = (response: Response) =>
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return response;
    });
  const json = (status: number, body: unknown, type = 'application/json') =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

  afterEach(() => {
    vi.unstubAllGlobals();
    setUnauthorizedListener(undefined);
    calls.length = 0;
  });

  it('sends JSON with the query and returns the answer', async () => {
    answer(json(200, { id: 'c1' }));
    await expect(
      apiRequest('/campaigns', { method: 'POST', json: { name: 'Tổng kết' }, query: { q: '' } }),
    ).resolves.toEqual({
      id: 'c1',
    });
    expect(calls[0]?.url).toBe('/api/v1/campaigns');
    expect(calls[0]?.init).toMatchObject({
      method: 'POST',
      body: '{"name":"Tổng kết"}',
      credentials: 'same-origin',
    });
    expect(calls[0]?.init.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('calls an endpoint of the contract by its method and path, its parameters encoded', async () => {
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return json(200, {});
    });
    await api('PATCH /campaigns/:id/conference/delegates/:delegateId', {
      params: { id: 'c 1', delegateId: 'd/1' },
      body: { version: 3 },
    });
    await api('POST /campaigns/:id/nominations/import', {
      params: { id: 'c1' },
      form: new FormData(),
      query: { awardGroupId: 'g1', commit: 'true' },
      headers: { 'Idempotency-Key': 'k1' },
    });
    expect(calls.map((c) => [c.init.method, c.url])).toEqual([
      ['PATCH', '/api/v1/campaigns/c%201/conference/delegates/d%2F1'],
      ['POST', '/api/v1/campaigns/c1/nominations/import?awardGroupId=g1&commit=true'],
    ]);
    expect(calls[0]?.init.body).toBe('{"version":3}');
    expect(calls[1]?.init.body).toBeInstanceOf(FormData);
    expect(calls[1]?.init.headers).toMatchObject({ 'Idempotency-Key': 'k1' });
  });

  it('returns nothing for 204 or an answer that is not JSON', async () => {
    answer(new Response(null, { status: 204 }));
    await expect(apiRequest('/x', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('throws the server’s problem, keeping its extra members', async () => {
    answer(json(409, { ...problem(), current: { version: 8 } }, 'application/problem+json'));
    const error = await apiRequest('/assignments/a1/draft', { method: 'PUT', json: {} }).catch(
      (e: unknown) => e,
    );
    expect(isApiError(error, 'draft_conflict')).toBe(true);
    expect((error as ApiError).status).toBe(409);
    expect(problemMember(error, 'current')).toEqual({ version: 8 });
  });

  it('stands in a problem when the error page is not a problem (a proxy’s HTML, a broken body)', async () => {
    answer(
      new Response('<html>Bad Gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'content-type': 'text/html' },
      }),
    );
    const error = (await apiRequest('/x').catch((e: unknown) => e)) as ApiError;
    expect(error.problem).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      code: 'http_error',
      detail: '',
    });
    answer(json(500, { message: 'no problem shape' }));
    expect(((await apiRequest('/x').catch((e: unknown) => e)) as ApiError).code).toBe('http_error');
  });

  it('turns a request that got no answer into a NetworkError', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiRequest('/x')).rejects.toBeInstanceOf(NetworkError);
  });

  it('re-checks the session on 401, except for sign-in and the session probe', async () => {
    const listener = vi.fn();
    setUnauthorizedListener(listener);
    answer(json(401, problem({ status: 401, code: 'unauthorized' })));
    await apiRequest('/campaigns').catch(() => {});
    expect(listener).toHaveBeenCalledTimes(1);
    await apiRequest('/auth/login', { method: 'POST', json: {} }).catch(() => {});
    await apiRequest('/auth/me').catch(() => {});
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
