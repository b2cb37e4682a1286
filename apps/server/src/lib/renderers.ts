/**
 * The document renderers and PDF signatures (`@tongket/documents`: docx, pdfmake and its fonts,
 * pdf-lib, pkijs), loaded on the first document rendered or signature checked, then kept. They are
 * most of what a server would otherwise carry from start-up for nothing: the deadline spike
 * renders no document. What is cheap (the builders, the model, edXML) comes statically from
 * `@tongket/documents/builders`; only types are imported from `@tongket/documents` elsewhere.
 */
type Documents = typeof import('@tongket/documents');

let loading: Promise<Documents> | undefined;

/** The whole package, imported once; a failed import is tried again on the next call. */
export function loadRenderers(): Promise<Documents> {
  if (!loading) {
    const pending = import('@tongket/documents');
    loading = pending;
    pending.catch(() => {
      if (loading === pending) loading = undefined;
    });
  }
  return loading;
}

/** The package's asynchronous functions: a stand-in can load the package before calling one. */
type AsyncExport = {
  [K in keyof Documents]: Documents[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof Documents];

/** A function with the same signature that loads the package on its first call. */
function onFirstUse<K extends AsyncExport>(name: K): Documents[K] {
  const call = async (...args: unknown[]) => {
    const fn = (await loadRenderers())[name] as (...a: unknown[]) => Promise<unknown>;
    return fn(...args);
  };
  return call as Documents[K];
}

export const renderDocx = onFirstUse('renderDocx');
export const renderPdf = onFirstUse('renderPdf');
export const renderPdfSet = onFirstUse('renderPdfSet');
export const renderCertificates = onFirstUse('renderCertificates');
export const verifyPdfSignatures = onFirstUse('verifyPdfSignatures');
export const changesAfterRevision = onFirstUse('changesAfterRevision');
export const loadTrustStore = onFirstUse('loadTrustStore');
export const placeReleaseMarks = onFirstUse('placeReleaseMarks');
export const signPdfWithLocalCertificate = onFirstUse('signPdfWithLocalCertificate');
