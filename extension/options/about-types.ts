/**
 * What the options page's About section shows, generated at build time (`scripts/about/`) from
 * package.json, package-lock.json, the generated data files' headers and PRIVACY.md: nothing in it
 * is typed by hand. It reaches the page as the `virtual:finlens-about` module.
 */

/** A run of text, plain or marked as code or strong. Always rendered as text, never as HTML. */
export interface Inline {
  text: string;
  code?: true;
  strong?: true;
}

/** One block of a Markdown document, as far as PRIVACY.md uses Markdown. */
export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][] };

/** A package whose code or data ships in the extension, as the lockfile resolved it. */
export interface ShippedPackage {
  name: string;
  version: string;
  /** The package's licence (SPDX expression), as its lockfile entry gives it. */
  license: string;
  /** What the extension takes from it: `library` (its code runs) or the data header line that names it. */
  use: string;
}

/** One published list a generated data file was built from. */
export interface DataSource {
  /** The input files' names. */
  files: string;
  /** The publisher's list and its date, as the header writes them. */
  source: string;
  /** What was taken from it. */
  taken: string;
}

export interface AboutData {
  /** FinLens's own licence (package.json). */
  license: string;
  securities: {
    /** The header's count of listings and names. */
    summary: string;
    sources: DataSource[];
    /** The header's other lines: word lists and dictionaries the names were checked against. */
    notes: string[];
  };
  /** The claim model's header: what it was learned from. */
  claimsModel: string;
  /** Runtime libraries first, then packages whose data is bundled. */
  packages: ShippedPackage[];
  /** PRIVACY.md, as blocks. */
  privacy: Block[];
}
