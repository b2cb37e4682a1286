import type { Problem } from '@tongket/domain';
import { ApiError, isProblem, NetworkError } from '../api/client.ts';
import { readBody, type Transfer } from './transferProgress.ts';

/** The file name the server gave (the UTF-8 one when there is one), else `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8?.[1]) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      // A malformed name falls back to the plain one.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

/**
 * Fetches a generated document and hands it to the browser as a download. A document the server
 * refuses (too long to print, no right to read it) throws an ApiError carrying its Vietnamese
 * detail, instead of saving an error page as the file. `onProgress` hears how much has come (and of
 * how much, when the server says the size).
 */
export async function downloadFile(
  url: string,
  fallbackName: string,
  onProgress?: (transfer: Transfer) => void,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) {
    let problem: Problem = {
      type: 'about:blank',
      title: response.statusText,
      status: response.status,
      code: 'http_error',
      detail: '',
    };
    try {
      const body: unknown = await response.json();
      if (isProblem(body)) problem = body;
    } catch {
      // Not JSON: the status says enough.
    }
    throw new ApiError(response.status, problem);
  }
  let blob: Blob;
  try {
    blob = onProgress ? await readBody(response, onProgress) : await response.blob();
  } catch (error) {
    // The connection dropped halfway through the file.
    throw new NetworkError(error);
  }
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
