import {
  appendixHeadLayout,
  closingLayout,
  headerLayout,
  type LayoutItem,
  type LayoutLine,
  type StackItem,
  type TextRun,
  titleLayout,
  toRuns,
} from '@tongket/documents/layout';
import type { DocumentBlock, OfficialDocumentData } from '@tongket/domain';
import { type CSSProperties, Fragment, type ReactNode } from 'react';
import {
  columnPercents,
  drawBlock,
  em,
  FIRST_LINE_INDENT,
  gridColumns,
  headingTag,
  LIST_DEPTH_INDENT,
  lineStyle,
  ruleWidth,
  splitTitle,
} from './documentParts.ts';
import classes from './OfficialDocumentView.module.css';

export interface OfficialDocumentViewProps {
  document: OfficialDocumentData;
  /** The heading level of the document's title within the page (its parts are one level down). */
  titleLevel?: 2 | 3;
  /** What a screen reader announces for the document as a whole. */
  label?: string;
}

/**
 * An official document drawn in the page from the model the DOCX and PDF are drawn from: the
 * two-column header, the title, the numbered body, Nơi nhận beside the signature (one under the
 * other on a phone) and the appendices — set like the printed sheet on a wide screen, in the
 * screen's width on a phone, never wider than it.
 */
export function OfficialDocumentView({ document: doc, titleLevel = 2, label }: OfficialDocumentViewProps) {
  const header = headerLayout(doc);
  const title = splitTitle(titleLayout(doc).items, Boolean(doc.draft));
  const closing = closingLayout(doc);
  const TitleTag = headingTag(titleLevel, 0);
  const style = {
    '--doc-indent': FIRST_LINE_INDENT,
    '--doc-list-depth': LIST_DEPTH_INDENT,
  } as CSSProperties;
  return (
    <article className={classes.document} style={style} aria-label={label ?? doc.metadata.title} lang="vi">
      <div className={classes.sheet}>
        <div
          className={classes.columns}
          style={{ '--doc-columns': gridColumns(header.fractions) } as CSSProperties}
        >
          {header.columns.map((column, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the header's two columns, fixed
            <div key={i} className={classes.headerColumn}>
              <Items items={column} />
            </div>
          ))}
        </div>
        <div className={classes.title}>
          {title.mark && <Line line={title.mark} />}
          {title.lines.length > 0 && (
            <TitleTag className={classes.titleHeading}>
              {title.lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed block, in order
                <Line key={i} line={line} as="span" />
              ))}
            </TitleTag>
          )}
          <Items items={title.after} />
        </div>
        <Blocks blocks={doc.body} titleLevel={titleLevel} />
        {closing && (
          <div
            className={`${classes.columns} ${classes.closing}`}
            style={
              {
                '--doc-columns': gridColumns(closing.fractions),
                marginTop: em(closing.spaceBeforePt),
              } as CSSProperties
            }
          >
            <div className={classes.recipients}>
              <Items items={closing.columns[0]} />
            </div>
            <div className={classes.signature}>
              <Items items={closing.columns[1]} />
            </div>
          </div>
        )}
      </div>
      {doc.appendices?.map((appendix, a) => {
        const head = appendixHeadLayout(appendix);
        // Its title's lines come first (one heading), then the "(Kèm theo …)" line and the rule.
        const titleLines = head.items
          .slice(0, appendix.title.length)
          .filter((i): i is LayoutLine => 'runs' in i);
        const rest = head.items.slice(appendix.title.length);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: appendices in their printed order
          <section key={a} className={classes.sheet} aria-label={appendix.title.join(' ')}>
            <div className={classes.title}>
              <TitleTag className={classes.titleHeading}>
                {titleLines.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed block, in order
                  <Line key={i} line={line} as="span" />
                ))}
              </TitleTag>
              <Items items={rest} />
            </div>
            <Blocks blocks={appendix.body} titleLevel={titleLevel} />
          </section>
        );
      })}
    </article>
  );
}

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return runs.map((run, i) => {
    let node: ReactNode = run.text;
    if (run.underline) node = <u>{node}</u>;
    if (run.italic) node = <em>{node}</em>;
    if (run.bold) node = <strong>{node}</strong>;
    // biome-ignore lint/suspicious/noArrayIndexKey: runs of one line, in order
    return <Fragment key={i}>{node}</Fragment>;
  });
}

function Line({ line, as = 'p' }: { line: LayoutLine; as?: 'p' | 'span' }) {
  const Tag = as;
  return (
    <Tag className={classes.line} style={{ ...lineStyle(line), textAlign: line.align }}>
      <Runs runs={line.runs} />
    </Tag>
  );
}

/** Lines, short rules and spaces of a fixed block, in order. */
function Items({ items }: { items: readonly (LayoutItem | StackItem)[] }) {
  return items.map((item, i) => {
    if ('runs' in item) {
      // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed block, in order
      return <Line key={i} line={item} />;
    }
    if ('rule' in item) {
      // biome-ignore lint/suspicious/noArrayIndexKey: rules of a fixed block, in order
      return <hr key={i} className={classes.rule} style={{ width: ruleWidth(item.rule) }} aria-hidden />;
    }
    // biome-ignore lint/suspicious/noArrayIndexKey: spaces of a fixed block, in order
    return <div key={i} style={{ height: em(item.space) }} aria-hidden />;
  });
}

function Blocks({ blocks, titleLevel }: { blocks: readonly DocumentBlock[]; titleLevel: number }) {
  return blocks.map((block, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the body's blocks never move
    <Block key={i} block={block} titleLevel={titleLevel} />
  ));
}

function Block({ block, titleLevel }: { block: DocumentBlock; titleLevel: number }) {
  const drawn = drawBlock(block);
  switch (drawn.kind) {
    case 'heading': {
      const Tag = headingTag(titleLevel, drawn.level);
      return (
        <Tag className={drawn.level === 1 ? `${classes.heading} ${classes.part}` : classes.heading}>
          <Runs runs={drawn.runs} />
        </Tag>
      );
    }
    case 'leadParagraph':
      return (
        <p className={`${classes.paragraph} ${classes.indent}`}>
          <Runs runs={drawn.runs} />
        </p>
      );
    case 'paragraph':
      return (
        <p
          className={drawn.indent ? `${classes.paragraph} ${classes.indent}` : classes.paragraph}
          style={{ fontSize: em(drawn.sizePt) }}
          data-align={drawn.align}
        >
          <Runs runs={drawn.runs} />
        </p>
      );
    case 'listItem':
      return (
        <p
          className={`${classes.paragraph} ${classes.indent}`}
          style={drawn.depth > 0 ? { marginLeft: `calc(${drawn.depth} * var(--doc-list-depth))` } : undefined}
        >
          <Runs runs={drawn.runs} />
        </p>
      );
    case 'caption':
      return (
        <p className={classes.paragraph} style={{ textAlign: drawn.align }}>
          <Runs runs={drawn.runs} />
        </p>
      );
    case 'table': {
      const widths = columnPercents(drawn.columns.map((c) => c.weight));
      return (
        <div className={classes.tableWrap}>
          <table className={classes.table} style={drawn.sizePt ? { fontSize: em(drawn.sizePt) } : undefined}>
            <colgroup>
              {widths.map((w, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns in order
                <col key={c} style={{ width: w }} />
              ))}
            </colgroup>
            {drawn.header && drawn.header.length > 0 && (
              <thead>
                {drawn.header.map((row, r) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows in order
                  <tr key={r}>
                    {row.map((content, c) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells in order
                      <th key={c} scope="col">
                        <Runs runs={toRuns(content)} />
                      </th>
                    ))}
                  </tr>
                ))}
              </thead>
            )}
            <tbody>
              {drawn.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows in order
                <tr key={r}>
                  {row.map((content, c) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells in order
                    <td key={c} style={{ textAlign: drawn.columns[c]?.align ?? 'left' }}>
                      <Runs runs={toRuns(content)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'spacer':
      return <div style={{ height: em(drawn.pt) }} aria-hidden />;
    case 'pageBreak':
      return <hr className={classes.pageBreak} aria-hidden />;
  }
}
