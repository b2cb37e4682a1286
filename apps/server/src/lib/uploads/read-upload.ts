import type { FastifyRequest } from 'fastify';
import { badRequest, HttpProblem } from '../../http/problem.ts';
import { megabytes } from './upload-limits.ts';

export interface UploadedFile {
  name: string;
  data: Buffer;
}

export const uploadTooLarge = (maxBytes: number) =>
  new HttpProblem(
    413,
    'file_too_large',
    `Tệp vượt quá dung lượng cho phép (tối đa ${megabytes(maxBytes)} mỗi tệp). Hãy giảm dung lượng tệp (nén ảnh, bớt trang hoặc tách thành nhiều tệp) rồi tải lên lại.`,
    { maxBytes },
  );

/**
 * The one file of a multipart upload (field "file"), read whole within the deployment's size
 * limit. `what` names what the person was asked for: "tệp Excel", "tệp đính kèm".
 */
export async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
  what: string,
): Promise<UploadedFile> {
  if (!request.isMultipart()) {
    throw badRequest('file_required', `Hãy gửi ${what} trong trường "file" (multipart/form-data).`, [
      { field: 'file', message: 'Thiếu tệp' },
    ]);
  }
  let data: Buffer;
  let name: string;
  try {
    const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
    if (!file)
      throw badRequest('file_required', `Chưa chọn ${what}.`, [{ field: 'file', message: 'Thiếu tệp' }]);
    name = file.filename;
    data = await file.toBuffer();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw uploadTooLarge(maxBytes);
    throw error;
  }
  return { name, data };
}
