import type { DocumentBlock, OfficialDocumentData } from '@tongket/domain';
import { type Block, expandBlocks, type OfficialDocument } from './model.ts';

/**
 * The document as data that travels (JSON): every deferred block made, nothing else changed. The
 * return type is the domain's schema of the model, so a model change that the web would not
 * understand fails to compile here.
 */
export function documentData(doc: OfficialDocument): OfficialDocumentData {
  const made = (blocks: Iterable<Block>): DocumentBlock[] => [...expandBlocks(blocks)];
  const { appendices, body, ...rest } = doc;
  return {
    ...rest,
    body: made(body),
    ...(appendices && { appendices: appendices.map((a) => ({ ...a, body: made(a.body) })) }),
  };
}
