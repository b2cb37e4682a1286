import { safeFileName } from '@tongket/domain';
import type { FastifyReply } from 'fastify';

/**
 * The name a download is saved under, as a file name may be: no folders (a slash becomes a dash,
 * so "12/QĐ-UBND" keeps its number), no control or invisible characters, NFC, at most 200
 * characters with the extension kept.
 */
function downloadFileName(name: string): string {
  return safeFileName(name.replace(/[\\/]/g, '-'));
}

/**
 * RFC 8187 (was 5987) value characters: encodeURIComponent leaves ' ( ) * unencoded, which
 * `attr-char` does not allow.
 */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The name for a browser that does not read `filename*`: Vietnamese folded to plain letters
 * ("Đề nghị" → "De nghi"), anything else outside printable ASCII dropped, and no quote, backslash
 * or percent escape that would end or alter the quoted string (RFC 6266 appendix D).
 */
function asciiFileName(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '')
    .replace(/%(?=[0-9A-Fa-f]{2})/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const dot = ascii.lastIndexOf('.');
  // Nothing left of the stem ("文件.pdf"): the house's own word for an attachment, extension kept.
  if (dot === 0 || !ascii) return `tep-dinh-kem${ascii}`;
  return ascii;
}

/**
 * The Content-Disposition of every download (RFC 6266): `filename="…"` in ASCII for old
 * browsers, then `filename*=UTF-8''…` with the Vietnamese name, which every current browser uses.
 * `ascii` names the fallback where a route has chosen one ("ke-hoach-2519-KH-UBND.pdf");
 * otherwise it is folded from the name. `inline` lets the browser show it (the app's PDF preview).
 */
export function contentDisposition(
  fileName: string,
  options: { inline?: boolean; ascii?: string } = {},
): string {
  const name = downloadFileName(fileName);
  const ascii = asciiFileName(options.ascii === undefined ? name : downloadFileName(options.ascii));
  return `${options.inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(name)}`;
}

/**
 * Sends an edXML package as a download: XML in UTF-8, never cached by a shared cache (it carries a
 * signed document), saved under its Vietnamese name with its ASCII fallback.
 */
export function sendEdxml(
  reply: FastifyReply,
  file: { xml: string; name: { unicode: string; ascii: string } },
): FastifyReply {
  return reply
    .type('application/xml; charset=utf-8')
    .header('cache-control', 'private, no-cache')
    .header('content-disposition', contentDisposition(file.name.unicode, { ascii: file.name.ascii }))
    .send(file.xml);
}
