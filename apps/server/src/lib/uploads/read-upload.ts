import type { Bilingual, UploadKind } from '@tongket/domain';
import type { FastifyRequest } from 'fastify';
import { badRequest, problem } from '../../http/problem.ts';

const NO_FILE: Bilingual = { vi: 'Thiếu tệp', en: 'No file' };

export interface UploadedFile {
  name: string;
  data: Buffer;
}

export const uploadTooLarge = (maxBytes: number) =>
  problem('file_too_large', { case: 'upload', maxBytes }, { maxBytes });

/**
 * The one file of a multipart upload (field "file"), read whole within the deployment's size
 * limit. `what` names what the person was asked for: "tệp Excel", "tệp đính kèm".
 */
export async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
  what: UploadKind,
): Promise<UploadedFile> {
  if (!request.isMultipart()) {
    throw badRequest('file_required', { case: 'not_multipart', what }, [{ field: 'file', message: NO_FILE }]);
  }
  let data: Buffer;
  let name: string;
  try {
    const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
    if (!file)
      throw badRequest('file_required', { case: 'none_chosen', what }, [{ field: 'file', message: NO_FILE }]);
    name = file.filename;
    data = await file.toBuffer();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw uploadTooLarge(maxBytes);
    throw error;
  }
  return { name, data };
}
