import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameTrie } from './name-trie.ts';

/** The longest name starting at `start`, by brute force (with the same whole-word rule for Latin endings). */
function reference(names: string[], text: string, start: number): number {
  let best = -1;
  let bestLength = 0;
  names.forEach((n, i) => {
    if (n.length <= bestLength || !text.startsWith(n, start)) return;
    const after = text.charCodeAt(start + n.length);
    const alnum = (c: number) => /[A-Za-z0-9]/.test(String.fromCharCode(c));
    if (alnum(n.charCodeAt(n.length - 1)) && start + n.length < text.length && alnum(after)) return;
    best = i;
    bestLength = n.length;
  });
  return best;
}

describe('NameTrie', () => {
  it('finds the longest name at each position, as brute force does', () => {
    const alphabet = fc.constantFrom('中', '国', '平', '安', 'A', 'b', '1', ' ');
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((a) => a.join('')),
          { maxLength: 30 },
        ),
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        (unsorted, text) => {
          const names = [...unsorted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          const trie = NameTrie.of(names);
          for (let i = 0; i < text.length; i++) {
            const got = trie.startsName(text.charCodeAt(i)) ? trie.longest(text, i) : -1;
            expect(got).toBe(reference(names, text, i));
            if (got >= 0) {
              expect(trie.matchEnd).toBe(i + names[got].length);
              expect(trie.exact(text, i, trie.matchEnd)).toBe(got);
            }
            // `exact` finds a name only when it is the whole span.
            for (let end = i + 1; end <= Math.min(text.length, i + 6); end++) {
              expect(trie.exact(text, i, end)).toBe(names.indexOf(text.slice(i, end)));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses names that are not sorted, rather than building a wrong trie', () => {
    expect(() => NameTrie.of(['b', 'a'])).toThrow(/not sorted/);
  });
});
