/** The fixture pages and what each must show. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './paths.ts';

export interface Expected {
  description: string;
  mentions: { text: string; id: string }[];
  securities: string[];
  card?: { symbol: string; names: string[] };
  /** The article's claims in text order, each with the type it is painted in (its first). */
  claims: { type: string; text: string }[];
  /** The figures tinted inside those claims (amounts, percentages, counts; not dates). */
  figures: string[];
}

export interface Fixture {
  slug: string;
  expected: Expected;
}

/** Every fixture folder that has an expected.json. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES_DIR, d.name, 'expected.json')))
    .map((d) => ({
      slug: d.name,
      expected: JSON.parse(readFileSync(join(FIXTURES_DIR, d.name, 'expected.json'), 'utf8')) as Expected,
    }));
}

/** The fixture of a slug; an error when there is none. */
export function fixtureNamed(slug: string): Fixture {
  const found = loadFixtures().find((f) => f.slug === slug);
  if (!found) throw new Error(`no fixture ${slug}`);
  return found;
}
