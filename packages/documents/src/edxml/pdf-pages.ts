/**
 * How many pages a PDF has, read from its page objects ("/Type /Page", not "/Pages"): enough for
 * the PDFs this system renders and keeps (pdfkit writes its objects uncompressed), for the page
 * count an edXML header carries. A PDF whose objects sit in compressed object streams counts 0.
 */
export function pdfPageCount(bytes: Uint8Array): number {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
