/** What is wrong with a set of store listings against a manifest: one readable line a problem. */
import { join } from 'node:path';
import { checkImages } from './check-images.ts';
import {
  charCount,
  domainsIn,
  LIMITS,
  type Listing,
  type ManifestPart,
  manifestHostNames,
  manifestHostPatterns,
  manifestPermissions,
  ROOT,
} from './listing.ts';

const FIELDS = [
  'name',
  'shortDescription',
  'longDescription',
  'category',
  'singlePurpose',
  'permissions',
  'hosts',
  'images',
];

/** The folder listed image paths are relative to. */
const STORE_DIR = join(ROOT, 'store');

/**
 * One locale's problems: lengths, missing or empty text, justifications against the manifest, and
 * its pictures (files under `storeDir`, read from disk).
 */
export function checkListing(locale: string, listing: Listing, manifest: ManifestPart, storeDir = STORE_DIR): string[] {
  const problems: string[] = [];
  for (const field of FIELDS) {
    if (!(field in listing)) problems.push(`${locale}: no ${field}`);
  }
  for (const field of ['name', 'shortDescription', 'singlePurpose'] as const) {
    if (typeof listing[field] !== 'string' || listing[field].trim() === '') problems.push(`${locale}: empty ${field}`);
  }
  if (!Array.isArray(listing.longDescription) || listing.longDescription.join('').trim() === '') {
    problems.push(`${locale}: empty longDescription`);
  }
  for (const field of ['name', 'shortDescription'] as const) {
    const n = charCount(listing[field] ?? '');
    if (n > LIMITS[field]) problems.push(`${locale}: ${field} has ${n} characters, over ${LIMITS[field]}`);
  }
  problems.push(...checkJustifications(locale, 'permission', listing.permissions, manifestPermissions(manifest)));
  problems.push(...checkJustifications(locale, 'host', listing.hosts, manifestHostPatterns(manifest)));
  const known = manifestHostNames(manifest);
  for (const [key, text] of Object.entries({ ...listing.permissions, ...listing.hosts })) {
    for (const domain of domainsIn(text)) {
      if (!known.has(domain))
        problems.push(`${locale}: the justification of ${key} names ${domain}, not in the manifest`);
    }
  }
  problems.push(...checkImages(locale, listing.images, storeDir));
  return problems;
}

/** Each of the manifest's entries has a non-empty justification, and nothing is justified that it lacks. */
function checkJustifications(
  locale: string,
  kind: string,
  given: Record<string, string> | undefined,
  wanted: Set<string>,
): string[] {
  const problems: string[] = [];
  const have = given ?? {};
  for (const key of wanted) {
    if (typeof have[key] !== 'string' || have[key].trim() === '') {
      problems.push(`${locale}: no justification for the ${kind} ${key}`);
    }
  }
  for (const key of Object.keys(have)) {
    if (!wanted.has(key)) problems.push(`${locale}: ${kind} ${key} is justified but not in the manifest`);
  }
  return problems;
}

/** The keys of a listing, nested ones as `permissions.storage`, `category.chromeWebStore`. */
function keysOf(listing: Listing): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(listing)) {
    keys.push(key);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const sub of Object.keys(value)) keys.push(`${key}.${sub}`);
    }
  }
  return keys.sort();
}

/** Every locale's problems, plus keys one locale has and another lacks, and categories that differ. */
export function checkListings(
  listings: Record<string, Listing>,
  manifest: ManifestPart,
  storeDir = STORE_DIR,
): string[] {
  const locales = Object.keys(listings).sort();
  const problems = locales.flatMap((locale) => checkListing(locale, listings[locale]!, manifest, storeDir));
  const [first, ...rest] = locales;
  if (first === undefined) return ['no listing under store/'];
  const firstKeys = new Set(keysOf(listings[first]!));
  for (const locale of rest) {
    const keys = new Set(keysOf(listings[locale]!));
    for (const key of firstKeys) if (!keys.has(key)) problems.push(`${locale}: lacks ${key}, which ${first} has`);
    for (const key of keys) if (!firstKeys.has(key)) problems.push(`${locale}: has ${key}, which ${first} lacks`);
    // A store item has one category whatever the language: the locales must agree on it.
    if (JSON.stringify(listings[locale]!.category) !== JSON.stringify(listings[first]!.category)) {
      problems.push(`${locale}: category differs from ${first}'s`);
    }
  }
  return problems;
}
