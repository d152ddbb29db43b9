// A parser for Cypher literal values (what `:param name => value` accepts in Neo4j Browser):
// strings in single or double quotes, numbers, true/false/null, lists and maps with bare,
// backticked or quoted keys. JSON is a subset, so one parser serves both. No expressions: the
// value never leaves the browser unparsed, and nothing is evaluated.

export type LiteralResult = { ok: true; value: unknown; end: number } | { ok: false; message: string; offset: number };

class LiteralError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_]/;
const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/' };

class Parser {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new LiteralError(message, at);
  }

  ws() {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '/' && this.text[this.pos + 1] === '/') {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      } else break;
    }
  }

  describe(): string {
    return this.pos >= this.text.length ? 'the end of the text' : `"${this.text[this.pos]}"`;
  }

  value(depth = 0): unknown {
    if (depth > 64) this.fail('the value is nested too deeply');
    this.ws();
    const c = this.text[this.pos];
    if (c === undefined) this.fail('expected a value but the text ended');
    if (c === "'" || c === '"') return this.string();
    if (c === '[') return this.list(depth);
    if (c === '{') return this.map(depth);
    if (c === '-' || c === '+' || c === '.' || (c >= '0' && c <= '9')) return this.number();
    if (IDENT_START.test(c)) {
      const start = this.pos;
      const word = this.identifier().toLowerCase();
      if (word === 'true') return true;
      if (word === 'false') return false;
      if (word === 'null') return null;
      this.fail(`"${this.text.slice(start, this.pos)}" is not a value: put text in quotes ('like this')`, start);
    }
    this.fail(`expected a value, found ${this.describe()}`);
  }

  identifier(): string {
    const start = this.pos;
    while (this.pos < this.text.length && IDENT.test(this.text[this.pos])) this.pos++;
    return this.text.slice(start, this.pos);
  }

  string(): string {
    const quote = this.text[this.pos];
    const start = this.pos;
    this.pos++;
    let out = '';
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === quote) {
        this.pos++;
        return out;
      }
      if (c === '\\') {
        const e = this.text[this.pos + 1];
        if (e === 'u') {
          const hex = this.text.slice(this.pos + 2, this.pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('a \\u escape needs four hex digits', this.pos);
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 6;
          continue;
        }
        if (e === undefined || !(e in ESCAPES)) this.fail(`unknown escape "\\${e ?? ''}" in a string`, this.pos);
        out += ESCAPES[e];
        this.pos += 2;
        continue;
      }
      out += c;
      this.pos++;
    }
    this.fail(`a string is not closed (missing ${quote})`, start);
  }

  number(): number {
    const m = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/.exec(this.text.slice(this.pos));
    if (!m) this.fail(`expected a number, found ${this.describe()}`);
    const n = Number(m[0]);
    if (!Number.isFinite(n)) this.fail(`${m[0]} is not a finite number`);
    this.pos += m[0].length;
    if (this.pos < this.text.length && IDENT.test(this.text[this.pos]))
      this.fail(`unexpected "${this.text[this.pos]}" after the number ${m[0]}`);
    return n;
  }

  list(depth: number): unknown[] {
    this.pos++; // [
    const out: unknown[] = [];
    this.ws();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1));
      this.ws();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return out;
      }
      this.fail(`expected "," or "]" in a list, found ${this.describe()}`);
    }
  }

  key(): string {
    this.ws();
    const c = this.text[this.pos];
    if (c === "'" || c === '"') return this.string();
    if (c === '`') {
      const end = this.text.indexOf('`', this.pos + 1);
      if (end < 0) this.fail('a `backticked` key is not closed');
      const k = this.text.slice(this.pos + 1, end);
      this.pos = end + 1;
      return k;
    }
    if (c !== undefined && IDENT_START.test(c)) return this.identifier();
    this.fail(`expected a key, found ${this.describe()}`);
  }

  map(depth: number): Record<string, unknown> {
    this.pos++; // {
    const out: Record<string, unknown> = {};
    this.ws();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      const k = this.key();
      this.ws();
      if (this.text[this.pos] !== ':') this.fail(`expected ":" after the key "${k}", found ${this.describe()}`);
      this.pos++;
      // Object.defineProperty: a "__proto__" key stays an ordinary key.
      Object.defineProperty(out, k, { value: this.value(depth + 1), enumerable: true, writable: true, configurable: true });
      this.ws();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return out;
      }
      this.fail(`expected "," or "}" in a map, found ${this.describe()}`);
    }
  }
}

/** Parses one literal that fills the whole text (surrounding spaces and // comments allowed). */
export function parseLiteral(text: string): LiteralResult {
  const p = new Parser(text);
  try {
    const value = p.value();
    p.ws();
    if (p.pos < text.length) p.fail(`unexpected ${p.describe()} after the value`);
    return { ok: true, value, end: p.pos };
  } catch (e) {
    if (e instanceof LiteralError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
