import mammoth from 'mammoth';

/** What the Word import asks of the converter. */
export interface DocxConvertOptions {
  styleMap: string[];
}

/** Images are dropped: the callback never reads the picture, so its bytes are never inflated. */
const DROP_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * A .docx (past the zip guard) as HTML, inside a parser worker: mammoth holds the whole document
 * in memory, which is the worker's heap to lose, never the server's.
 */
export async function convertDocx(file: Buffer, options: DocxConvertOptions): Promise<string> {
  const result = await mammoth.convertToHtml(
    { buffer: file },
    {
      styleMap: options.styleMap,
      convertImage: DROP_IMAGES,
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
    },
  );
  return result.value;
}
