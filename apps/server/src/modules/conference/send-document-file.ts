import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../../http/download.ts';
import type { DocumentFile } from './conference-documents.ts';

/** Sends a conference document; `inline` shows a PDF in the browser instead of saving it. */
export function sendDocumentFile(reply: FastifyReply, file: DocumentFile, inline = false) {
  const asInline = inline && file.contentType === 'application/pdf';
  // The app's own preview shows a PDF in a frame; everything else keeps frame-ancestors 'none'.
  if (asInline) reply.header('content-security-policy', "frame-ancestors 'self'");
  return reply
    .type(file.contentType)
    .header('cache-control', 'private, no-cache')
    .header('content-disposition', contentDisposition(file.name, { ascii: file.ascii, inline: asInline }))
    .send(file.bytes);
}
