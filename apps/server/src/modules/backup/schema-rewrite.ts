import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { BackupError } from './backup-error.ts';

/**
 * Moves a pg_restore script (`pg_restore -f -`) from the schema it was dumped from to another.
 *
 * pg_dump names every object it creates with its schema (`CREATE TABLE t_abc.units`,
 * `ON t_abc.audit_log`, `COPY t_abc.units (…) FROM stdin;`) and clears search_path, and pg_restore
 * has no option to restore under another schema name. Replacing text would also change report
 * text that happens to contain the name, so the script is read the way PostgreSQL reads it: a
 * schema qualifier — the identifier, bare or double-quoted, right before a `.` — in SQL text is
 * replaced by the target's (always double-quoted); string literals, dollar-quoted function bodies,
 * comments, psql meta-commands (`\restrict`) and the rows of every COPY block pass through
 * untouched. A literal or function body that mentions the source schema would still point at it
 * after the move, so such a script is refused rather than restored half-moved (this schema has
 * none: no sequences, and the audit trigger's function names no table).
 */
export class SchemaRewrite extends Transform {
  private pending = '';
  private copying = false;
  private state: 'code' | 'literal' | 'dollar' | 'comment' = 'code';
  private escapes = false;
  private dollarTag = '';
  private commentDepth = 0;
  private quoted: string | null = null;
  private body = '';
  /** The current statement's text so far (its start is enough to know a COPY). */
  private statement = '';
  private readonly target: string;
  private readonly mention: RegExp;
  private readonly moving: boolean;
  private readonly decoder = new StringDecoder('utf8');

  constructor(
    private readonly from: string,
    to: string,
  ) {
    super();
    this.moving = from !== to;
    this.target = quoteIdent(to);
    const bare = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const quotedFrom = quoteIdent(from).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.mention = new RegExp(`(^|[^A-Za-z0-9_$\\u0080-\\uffff"])${bare}\\.|${quotedFrom}\\.`);
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      const text = this.pending + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
      const out: string[] = [];
      let start = 0;
      for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
        out.push(this.line(text.slice(start, newline + 1)));
        start = newline + 1;
      }
      this.pending = text.slice(start);
      done(null, out.join(''));
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      const rest = this.pending + this.decoder.end();
      done(null, rest ? this.line(rest) : '');
    } catch (err) {
      done(err as Error);
    }
  }

  /** One line, with its newline. */
  private line(text: string): string {
    if (this.copying) {
      if (text === '\\.\n' || text === '\\.') this.copying = false;
      return text;
    }
    if (
      this.state === 'code' &&
      this.quoted === null &&
      this.statement.trim() === '' &&
      /^\s*\\/.test(text)
    ) {
      return text;
    }
    let out = '';
    let i = 0;
    while (i < text.length) {
      const ch = text[i] as string;
      if (this.quoted !== null) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          this.quoted += text.slice(i);
          i = text.length;
        } else if (text[close + 1] === '"') {
          this.quoted += `${text.slice(i, close)}"`;
          i = close + 2;
        } else {
          this.quoted += text.slice(i, close);
          i = close + 1;
          const name = this.quoted;
          this.quoted = null;
          out += this.keep(name === this.from && text[i] === '.' ? this.target : quoteIdent(name));
        }
        continue;
      }
      switch (this.state) {
        case 'literal': {
          const end = this.literalEnd(text, i);
          this.body += text.slice(i, end < 0 ? text.length : end);
          out += this.keep(text.slice(i, end < 0 ? text.length : end + 1));
          if (end < 0) i = text.length;
          else {
            this.closeBody();
            i = end + 1;
          }
          continue;
        }
        case 'dollar': {
          const close = text.indexOf(this.dollarTag, i);
          const end = close < 0 ? text.length : close;
          this.body += text.slice(i, end);
          out += this.keep(text.slice(i, close < 0 ? text.length : close + this.dollarTag.length));
          if (close < 0) i = text.length;
          else {
            this.closeBody();
            i = close + this.dollarTag.length;
          }
          continue;
        }
        case 'comment': {
          const open = text.indexOf('/*', i);
          const close = text.indexOf('*/', i);
          if (close < 0 && open < 0) {
            out += text.slice(i);
            i = text.length;
          } else if (open >= 0 && (close < 0 || open < close)) {
            this.commentDepth++;
            out += text.slice(i, open + 2);
            i = open + 2;
          } else {
            this.commentDepth--;
            out += text.slice(i, close + 2);
            i = close + 2;
            if (this.commentDepth === 0) this.state = 'code';
          }
          continue;
        }
        default:
          break;
      }
      // Code.
      if (ch === '-' && text[i + 1] === '-') {
        out += text.slice(i);
        break;
      }
      if (ch === '/' && text[i + 1] === '*') {
        this.state = 'comment';
        this.commentDepth = 1;
        out += '/*';
        i += 2;
        continue;
      }
      if (ch === "'") {
        const prefix = text[i - 1];
        this.escapes = (prefix === 'E' || prefix === 'e') && !isIdentChar(text[i - 2]);
        this.state = 'literal';
        this.body = '';
        out += this.keep(ch);
        i++;
        continue;
      }
      if (ch === '"') {
        this.quoted = '';
        i++;
        continue;
      }
      if (ch === '$' && !isIdentChar(text[i - 1])) {
        const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i));
        if (tag) {
          this.state = 'dollar';
          this.dollarTag = tag[0];
          this.body = '';
          out += this.keep(tag[0]);
          i += tag[0].length;
          continue;
        }
      }
      if (isIdentStart(ch)) {
        let j = i + 1;
        while (j < text.length && isIdentChar(text[j])) j++;
        const word = text.slice(i, j);
        out += this.keep(word === this.from && text[j] === '.' ? this.target : word);
        i = j;
        continue;
      }
      if (ch === ';') {
        out += ';';
        i++;
        const copy = /^\s*COPY\s[\s\S]*\sFROM\s+stdin\s*$/i.test(this.statement);
        this.statement = '';
        if (copy && text.slice(i).trim() === '') {
          this.copying = true;
          return out + text.slice(i);
        }
        continue;
      }
      out += this.keep(ch);
      i++;
    }
    return out;
  }

  /** Output that belongs to the current statement (kept, up to a point, to recognise COPY). */
  private keep(text: string): string {
    if (this.statement.length < 4096) this.statement += text;
    return text;
  }

  /** Where the current literal closes on this line (its closing quote), or -1. */
  private literalEnd(text: string, from: number): number {
    let i = from;
    while (i < text.length) {
      const ch = text[i];
      if (this.escapes && ch === '\\') i += 2;
      else if (ch === "'") {
        if (text[i + 1] === "'") i += 2;
        else return i;
      } else i++;
    }
    return -1;
  }

  private closeBody(): void {
    this.state = 'code';
    if (this.moving && this.mention.test(this.body)) {
      throw new BackupError(
        `Bản sao lưu có một chuỗi hoặc thân hàm nhắc tới schema “${this.from}”, nên không thể tự chuyển sang schema khác. Hãy khôi phục vào schema cùng tên “${this.from}”.`,
      );
    }
    this.body = '';
  }
}

const isIdentStart = (ch: string | undefined) => ch !== undefined && /[A-Za-z_\u0080-\uffff]/.test(ch);
const isIdentChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9_$\u0080-\uffff]/.test(ch);

/** A PostgreSQL identifier, double-quoted. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
/** A PostgreSQL string literal (standard_conforming_strings on, as pg_dump's scripts set it). */
export const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;
