/** What the Word import asks of the converter. */
export interface DocxConvertOptions {
  styleMap: string[];
}

/**
 * A .docx (past the zip guard) as HTML, inside a parser worker: mammoth holds the whole document
 * in memory, which is the worker's heap to lose, never the server's.
 */
export async function convertDocx(file: Buffer, options: DocxConvertOptions): Promise<string> {
  // Loaded here: the server's own process reaches this file through the assignments module but
  // never converts (parser-worker.ts does).
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml(
    { buffer: file },
    {
      styleMap: options.styleMap,
      // Images are dropped: the callback never reads the picture, so its bytes are never inflated.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
    },
  );
  return result.value;
}
