import type { Bilingual } from '@tongket/domain';
import { problem } from '../../../http/problem.ts';

/**
 * Why a Word upload was refused, each with a stable code whose text (in the error catalogue) tells
 * a clerk what to do next. Kept together so the checks refuse alike.
 */

export const fileTooLarge = (maxBytes: number) =>
  problem('file_too_large', { case: 'word', maxBytes }, { maxBytes });

/** `what` the file is instead, when it can be told: "bảng tính Excel (.xlsx)". */
export const notDocx = (what?: Bilingual) => problem('not_docx', { what });

export const docxEncrypted = () => problem('docx_encrypted');

export const docLegacy = (isWord: boolean) => problem('doc_legacy', { case: isWord ? 'word' : 'office' });

export const docxTooLargeUnpacked = (maxUncompressedBytes: number) =>
  problem('docx_too_large_unpacked', { maxUncompressedBytes }, { maxUncompressedBytes });

export const docxUnreadable = () => problem('docx_unreadable');
