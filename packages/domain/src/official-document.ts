import { z } from 'zod';

/*
 * The official-document model (packages/documents/src/model.ts) as it travels to the web: the same
 * header, title, body blocks, Nơi nhận, signature and appendices the DOCX and PDF renderers draw,
 * with every deferred block already made (a function does not travel). The web draws it as a
 * document in the page; packages/documents checks at compile time that its model fits this schema.
 */

const textRunSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});
const inlineSchema = z.union([z.string(), textRunSchema]);
const alignSchema = z.enum(['justify', 'left', 'center', 'right']);

export const documentBlockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('paragraph'),
    runs: z.array(inlineSchema),
    align: alignSchema.optional(),
    firstLineIndent: z.boolean().optional(),
    sizePt: z.number().optional(),
    keepWithNext: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    label: z.string(),
    text: z.string(),
    rest: z.array(inlineSchema).optional(),
  }),
  z.object({
    kind: z.literal('listItem'),
    runs: z.array(inlineSchema),
    marker: z.enum(['-', '+', '•']).optional(),
    depth: z.number().int().optional(),
  }),
  z.object({
    kind: z.literal('table'),
    columns: z.array(z.object({ weight: z.number(), align: alignSchema.optional() })),
    header: z.array(z.array(z.array(inlineSchema))).optional(),
    rows: z.array(z.array(z.array(inlineSchema))),
    sizePt: z.number().optional(),
  }),
  z.object({ kind: z.literal('spacer'), pt: z.number() }),
  z.object({ kind: z.literal('pageBreak') }),
  z.object({
    kind: z.literal('qr'),
    text: z.string(),
    caption: z.string(),
    sizePt: z.number(),
    align: alignSchema.optional(),
  }),
]);
export type DocumentBlock = z.infer<typeof documentBlockSchema>;

export const officialDocumentSchema = z.object({
  header: z.object({
    parentBody: z.string().optional(),
    issuingBody: z.string(),
    /** Null for a paper that carries no number of its own. */
    number: z.string().nullable(),
    placeDate: z.string(),
  }),
  docType: z.string().optional(),
  summary: z.array(z.string()).optional(),
  body: z.array(documentBlockSchema),
  signature: z.object({ lines: z.array(z.string()), name: z.string() }).optional(),
  recipients: z.array(z.string()).optional(),
  appendices: z
    .array(
      z.object({
        title: z.array(z.string()),
        subtitle: z.string().optional(),
        body: z.array(documentBlockSchema),
      }),
    )
    .optional(),
  orientation: z.enum(['portrait', 'landscape']).optional(),
  draft: z.boolean().optional(),
  metadata: z.object({ title: z.string(), subject: z.string().optional(), author: z.string().optional() }),
});
/** An official document with every block made: what `GET /campaigns/:id/plan.document` answers. */
export type OfficialDocumentData = z.infer<typeof officialDocumentSchema>;
