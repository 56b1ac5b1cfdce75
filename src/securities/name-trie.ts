/**
 * A trie over UTF-16 code units, flat for speed: characters map to a dense alphabet, and each
 * transition is one integer key (state × alphabet size + letter) in a single Map, so every key
 * stays a small integer and a lookup costs one hash probe.
 */
export class NameTrie {
  private readonly alphabet = new Uint16Array(65536);
  /** 1 where some name starts with the code unit. */
  private readonly first = new Uint8Array(65536);
  private readonly alphabetSize: number;
  private readonly next = new Map<number, number>();
  /** For each state, the index of the name that ends there, or -1. */
  private readonly terminal: Int32Array;

  constructor(names: readonly string[]) {
    let letters = 0;
    for (const name of names) {
      for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i);
        if (this.alphabet[c] === 0) this.alphabet[c] = ++letters;
      }
    }
    this.alphabetSize = letters + 1;
    const terminal: number[] = [-1];
    let states = 1;
    names.forEach((name, index) => {
      let state = 0;
      for (let i = 0; i < name.length; i++) {
        const key = state * this.alphabetSize + this.alphabet[name.charCodeAt(i)];
        let to = this.next.get(key);
        if (to === undefined) {
          to = states++;
          terminal.push(-1);
          this.next.set(key, to);
        }
        state = to;
      }
      terminal[state] = index;
      if (name.length > 0) this.first[name.charCodeAt(0)] = 1;
    });
    this.terminal = Int32Array.from(terminal);
  }

  /** Whether some name starts with this code unit (a cheap filter before `walk`). */
  startsName(code: number): boolean {
    return this.first[code] === 1;
  }

  /**
   * Walks from `start` and reports each name that ends along the way (shortest first) through
   * `onName(nameIndex, end)`; stops when `onName` returns false or no name continues.
   */
  walk(text: string, start: number, onName: (nameIndex: number, end: number) => boolean): void {
    let state = 0;
    for (let i = start; i < text.length; i++) {
      const a = this.alphabet[text.charCodeAt(i)];
      if (a === 0) return;
      const to = this.next.get(state * this.alphabetSize + a);
      if (to === undefined) return;
      state = to;
      const t = this.terminal[state];
      if (t >= 0 && !onName(t, i + 1)) return;
    }
  }
}
