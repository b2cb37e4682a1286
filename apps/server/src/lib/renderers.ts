/**
 * The document renderers and PDF signatures of `@tongket/documents`, each loaded on its first use,
 * then kept: the DOCX renderer (docx), the PDF renderer (pdfmake and its fonts), the certificates
 * (pdfmake too) and the signatures (pdf-lib, pkijs). They are most of what a server would otherwise
 * carry from start-up for nothing: the deadline spike renders no document, and a DOCX needs no PDF
 * library. What is cheap (the builders, the model, edXML) comes statically from
 * `@tongket/documents/builders`; only types are imported from `@tongket/documents` elsewhere.
 */

/** `load` once; a failed import is tried again on the next call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      const pending = load();
      loading = pending;
      pending.catch(() => {
        if (loading === pending) loading = undefined;
      });
    }
    return loading;
  };
}

export const loadDocx = once(() => import('@tongket/documents/docx'));
export const loadPdf = once(() => import('@tongket/documents/pdf'));
export const loadCertificates = once(() => import('@tongket/documents/certificates'));
export const loadSignatures = once(() => import('@tongket/documents/signature'));

/** A module's asynchronous functions: a stand-in can load the module before calling one. */
type AsyncExport<M> = {
  [K in keyof M]: M[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof M];

/** A function with the same signature as `name` of the module `load` imports, loading it on the first call. */
function onFirstUse<M, K extends AsyncExport<M>>(load: () => Promise<M>, name: K): M[K] {
  const call = async (...args: unknown[]) => {
    const fn = (await load())[name] as (...a: unknown[]) => Promise<unknown>;
    return fn(...args);
  };
  return call as M[K];
}

export const renderDocx = onFirstUse(loadDocx, 'renderDocx');
export const renderPdf = onFirstUse(loadPdf, 'renderPdf');
export const renderPdfSet = onFirstUse(loadPdf, 'renderPdfSet');
export const renderCertificates = onFirstUse(loadCertificates, 'renderCertificates');
export const verifyPdfSignatures = onFirstUse(loadSignatures, 'verifyPdfSignatures');
export const changesAfterRevision = onFirstUse(loadSignatures, 'changesAfterRevision');
export const loadTrustStore = onFirstUse(loadSignatures, 'loadTrustStore');
export const placeReleaseMarks = onFirstUse(loadSignatures, 'placeReleaseMarks');
export const signPdfWithLocalCertificate = onFirstUse(loadSignatures, 'signPdfWithLocalCertificate');
