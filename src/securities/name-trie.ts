/**
 * A trie over UTF-16 code units in typed arrays, built in one pass from names in sorted order
 * (the generator sorts them): nodes in preorder, each with its label, first child and next
 * sibling; children in ascending label order, so a lookup stops at the first larger label. The
 * root's children are a direct table. No Map, no per-node objects: loading it costs one pass.
 */
export class NameTrie {
  /** The node after the first character, or 0 when no name starts with it. */
  private readonly root = new Int32Array(65536);
  private readonly label: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  /** For each node, the index of the name that ends there, or -1. */
  private readonly terminal: Int32Array;
  /** For each node where a name ends: 1 when that name ends with an ASCII letter or digit. */
  private readonly endsAlnum: Uint8Array;

  /**
   * Builds the trie from `rows`, one name a line up to the first `|` (the generator's NAME_ROWS),
   * sorted by UTF-16 code units; name `i` is line `i`. One plain loop over the characters, reading
   * them in place: this runs at load, before the engine is warm.
   */
  constructor(rows: string) {
    const size = rows.length + 1;
    this.label = new Uint16Array(size);
    this.firstChild = new Int32Array(size);
    this.nextSibling = new Int32Array(size);
    this.terminal = new Int32Array(size).fill(-1);
    this.endsAlnum = new Uint8Array(size);
    // path[d] is the node for the d-th character of the previous name, which starts at prevStart.
    const path = new Int32Array(256);
    let prevStart = 0;
    let prevLength = 0;
    let nodes = 1;
    let index = 0;
    let at = 0;
    while (at < rows.length) {
      let bar = at;
      while (bar < rows.length && rows.charCodeAt(bar) !== 124 /* | */ && rows.charCodeAt(bar) !== 10) bar++;
      const length = Math.min(bar - at, path.length);
      let shared = 0;
      while (
        shared < length &&
        shared < prevLength &&
        rows.charCodeAt(at + shared) === rows.charCodeAt(prevStart + shared)
      )
        shared++;
      if (
        shared < length &&
        shared < prevLength &&
        rows.charCodeAt(at + shared) < rows.charCodeAt(prevStart + shared)
      ) {
        throw new Error(`NameTrie: names are not sorted at line ${index + 1}`);
      }
      for (let d = shared; d < length; d++) {
        const node = nodes++;
        const c = rows.charCodeAt(at + d);
        this.label[node] = c;
        if (d === 0) this.root[c] = node;
        // The new node is its parent's largest child so far: after the previous name's node at
        // this depth when they share the parent, else the parent's first child.
        else if (d === shared && d < prevLength) this.nextSibling[path[d]] = node;
        else this.firstChild[path[d - 1]] = node;
        path[d] = node;
      }
      if (length > 0) {
        const last = path[length - 1];
        this.terminal[last] = index;
        this.endsAlnum[last] = isAsciiAlnum(rows.charCodeAt(at + length - 1)) ? 1 : 0;
        prevStart = at;
        prevLength = length;
      }
      index++;
      const newline = rows.indexOf('\n', bar);
      at = newline < 0 ? rows.length : newline + 1;
    }
  }

  /** A trie of these names (sorted), one a line: for tests and small lists. */
  static of(names: readonly string[]): NameTrie {
    return new NameTrie(names.join('\n'));
  }

  /** Whether some name starts with this code unit (a cheap filter before `longest`). */
  startsName(code: number): boolean {
    return this.root[code] !== 0;
  }

  /** The index of the name that is exactly `text[start, end)`, or -1. */
  exact(text: string, start: number, end: number): number {
    let node = this.root[text.charCodeAt(start)];
    for (let i = start + 1; node !== 0 && i < end; i++) {
      const c = text.charCodeAt(i);
      let child = this.firstChild[node];
      while (child !== 0 && this.label[child] < c) child = this.nextSibling[child];
      node = child !== 0 && this.label[child] === c ? child : 0;
    }
    return node === 0 ? -1 : this.terminal[node];
  }

  /** The end of the last `longest()` match. */
  matchEnd = 0;

  /**
   * The index of the longest name that starts at `start` (its end in `matchEnd`), or -1. A name
   * that ends with an ASCII letter or digit must not run on into one (`Tesla` in `Teslas`).
   */
  longest(text: string, start: number): number {
    let node = this.root[text.charCodeAt(start)];
    let best = -1;
    for (let i = start + 1; node !== 0; i++) {
      const t = this.terminal[node];
      if (t >= 0 && (this.endsAlnum[node] === 0 || i >= text.length || !isAsciiAlnum(text.charCodeAt(i)))) {
        best = t;
        this.matchEnd = i;
      }
      if (i >= text.length) break;
      const c = text.charCodeAt(i);
      let child = this.firstChild[node];
      while (child !== 0 && this.label[child] < c) child = this.nextSibling[child];
      node = child !== 0 && this.label[child] === c ? child : 0;
    }
    return best;
  }
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
