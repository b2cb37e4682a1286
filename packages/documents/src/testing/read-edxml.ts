import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** What a receiving system reads from an edXML package: the header's fields and each file. */
export interface EdxmlContent {
  rootNamespace: string;
  envelopeNamespace: string;
  // biome-ignore lint/suspicious/noExplicitAny: the parsed header, checked field by field in tests
  header: any;
  // biome-ignore lint/suspicious/noExplicitAny: the parsed trace header list
  trace: any;
  manifest: { href: string; name: string; contentType: string; contentId: string; description: string }[];
  attachments: { contentId: string; name: string; contentType: string; description: string; bytes: Buffer }[];
}

const LISTS = new Set(['To', 'Reference', 'Attachment', 'Appendix']);

/** Parses a package the way a document-management system would (after checking it is well-formed XML). */
export function readEdxml(xml: string): EdxmlContent {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: true,
    isArray: (name, jpath) =>
      LISTS.has(name.replace(/^edXML:/, '')) || String(jpath).endsWith('ToPlaces.edXML:Place'),
  });
  const doc = parser.parse(xml);
  const root = doc.edXML;
  const envelope = root['edXML:edXMLEnvelope'];
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/^edXML:/, ''), strip(v)]));
    }
    return value;
  };
  const header = strip(envelope['edXML:edXMLHeader']) as Record<string, unknown>;
  const manifest = (
    strip(envelope['edXML:edXMLBody']) as { edXMLManifest: { Reference: Record<string, string>[] } }
  ).edXMLManifest.Reference;
  return {
    rootNamespace: root['@_xmlns'],
    envelopeNamespace: envelope['@_xmlns:edXML'],
    header: header.MessageHeader,
    trace: header.TraceHeaderList,
    manifest: manifest.map((r) => ({
      href: r['@_xlink:href'] as string,
      name: r.AttachmentName as string,
      contentType: r.ContentType as string,
      contentId: r.ContentId as string,
      description: r.Description as string,
    })),
    attachments: (root.AttachmentEncoded?.Attachment ?? []).map((a: Record<string, string>) => ({
      contentId: a.ContentId,
      name: a.AttachmentName,
      contentType: a.ContentType,
      description: a.Description,
      bytes: Buffer.from(a.ContentTransferEncoded as string, 'base64'),
    })),
  };
}
