export {
  buildEdxmlPackage,
  EDXML_CONTENT_TYPE,
  EDXML_NAMESPACE,
  type EdxmlAttachment,
  type EdxmlInput,
  EdxmlInputError,
  type EdxmlOrgan,
  type EdxmlProblem,
  edxmlDate,
  edxmlTimestamp,
} from './build-edxml.ts';
export { pdfPageCount } from './pdf-pages.ts';
