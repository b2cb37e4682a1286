import { problem } from '../http/problem.ts';
import { loadSignatures } from '../lib/renderers.ts';

/**
 * Puts the number and date in the header blanks of a signer-signed PDF for its release step, the
 * blanks' problems as the catalogue names them.
 */
export async function releaseMarked(
  pdf: Uint8Array,
  marks: { docNumber: string; docDate: string },
): Promise<Uint8Array> {
  const { placeReleaseMarks, ReleaseMarksError } = await loadSignatures();
  try {
    return await placeReleaseMarks(pdf, marks);
  } catch (error) {
    if (!(error instanceof ReleaseMarksError)) throw error;
    if (error.reason === 'year_differs' && error.years)
      throw problem('release_marks', { case: 'year_differs', ...error.years });
    if (error.reason === 'number_blank_missing' || error.reason === 'date_blank_missing')
      throw problem('release_marks', { case: error.reason });
    throw error;
  }
}
