import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, NetworkError } from './client.ts';

interface Answer {
  status: number;
  headers: string;
  body?: string;
  /** Progress events of the body going up: [sent, total]. */
  progress?: Array<[number, number]>;
  fail?: boolean;
}

/** Stands in for the browser's XMLHttpRequest: plays the upload events, then the answer given. */
function fakeXhr(answer: Answer) {
  const sent: Array<{ method: string; url: string; headers: Record<string, string>; body: unknown }> = [];
  class FakeXhr {
    upload: {
      onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
      onload: ((e: { loaded: number; total: number }) => void) | null;
    } = { onprogress: null, onload: null };
    status = 0;
    statusText = '';
    response: Blob | null = null;
    responseType = '';
    withCredentials = false;
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    onabort: (() => void) | null = null;
    onloadend: (() => void) | null = null;
    private request = { method: '', url: '', headers: {} as Record<string, string>, body: null as unknown };
    open(method: string, url: string) {
      this.request.method = method;
      this.request.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.request.headers[name] = value;
    }
    getAllResponseHeaders() {
      return answer.headers;
    }
    send(body: unknown) {
      this.request.body = body;
      sent.push(this.request);
      queueMicrotask(() => {
        if (answer.fail) {
          this.onerror?.();
          this.onloadend?.();
          return;
        }
        for (const [loaded, total] of answer.progress ?? []) {
          this.upload.onprogress?.({ lengthComputable: true, loaded, total });
        }
        const last = answer.progress?.at(-1);
        if (last) this.upload.onload?.({ loaded: last[1], total: last[1] });
        this.status = answer.status;
        this.response = new Blob([answer.body ?? '']);
        this.onload?.();
        this.onloadend?.();
      });
    }
    abort() {
      this.onabort?.();
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const form = () => {
  const f = new FormData();
  f.append('file', new Blob(['x'.repeat(200)]), 'don-vi.xlsx');
  return f;
};

describe('a form sent with upload progress', () => {
  it('tells how much has gone up, then reads the answer as fetch would', async () => {
    const sent = fakeXhr({
      status: 200,
      headers: 'Content-Type: application/json; charset=utf-8\r\nX-Extra: 1\r\n',
      body: JSON.stringify({ committed: false, rows: 3 }),
      progress: [
        [50, 200],
        [150, 200],
      ],
    });
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const heard: Array<[number, number]> = [];
    const answer = await apiRequest<{ committed: boolean; rows: number }>('/units/import', {
      method: 'POST',
      form: form(),
      query: { commit: 'false' },
      headers: { 'Idempotency-Key': 'k1' },
      onUploadProgress: (s, t) => heard.push([s, t]),
    });
    expect(answer).toEqual({ committed: false, rows: 3 });
    // The last report is the whole body: what follows is the server reading it.
    expect(heard).toEqual([
      [50, 200],
      [150, 200],
      [200, 200],
    ]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.url).toBe('/api/v1/units/import?commit=false');
    expect(sent[0]?.headers['Idempotency-Key']).toBe('k1');
    expect(sent[0]?.body).toBeInstanceOf(FormData);
  });

  it('turns a refusal into the same ApiError with the server’s Vietnamese detail', async () => {
    fakeXhr({
      status: 422,
      headers: 'content-type: application/problem+json\r\n',
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        code: 'import_invalid_file',
        detail: 'Tệp không phải bảng tính Excel (.xlsx).',
      }),
      progress: [[200, 200]],
    });
    const error = await apiRequest('/units/import', {
      method: 'POST',
      form: form(),
      onUploadProgress: () => {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('import_invalid_file');
    expect((error as ApiError).message).toBe('Tệp không phải bảng tính Excel (.xlsx).');
  });

  it('reports a dropped connection as a NetworkError', async () => {
    fakeXhr({ status: 0, headers: '', fail: true });
    await expect(
      apiRequest('/units/import', { method: 'POST', form: form(), onUploadProgress: () => {} }),
    ).rejects.toBeInstanceOf(NetworkError);
  });

  it('answers nothing for a 204', async () => {
    fakeXhr({ status: 204, headers: '' });
    await expect(
      apiRequest('/x', { method: 'POST', form: form(), onUploadProgress: () => {} }),
    ).resolves.toBeUndefined();
  });

  it('keeps to fetch when nobody listens for progress', async () => {
    const sent = fakeXhr({ status: 200, headers: '' });
    const fetchSpy = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchSpy);
    await apiRequest('/x', { method: 'POST', form: form() });
    expect(fetchSpy).toHaveBeenCalledOnce();
    expect(sent).toHaveLength(0);
  });
});
