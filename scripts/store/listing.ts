/**
 * The store listings in `store/<locale>/listing.json`, and the checks the stores would make of them
 * (or a reviewer would): lengths as the Chrome Web Store counts them, a justification for every
 * permission and host the manifest asks for, no host named that the manifest lacks, the same keys in
 * every locale, and pictures of the sizes the stores take (`store/images/`, made by `npm run store:images`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One locale's listing, as written in `store/<locale>/listing.json`. */
export interface Listing {
  name: string;
  shortDescription: string;
  /** The long description, a line an element ("" for a blank line): joined with "\n" for the store. */
  longDescription: string[];
  category: Record<string, string>;
  singlePurpose: string;
  permissions: Record<string, string>;
  /** Keyed by the manifest's match pattern (`https://qt.gtimg.cn/*`), content-script matches included. */
  hosts: Record<string, string>;
  images: ListingImages;
}

/** A listing's pictures, paths relative to `store/`, all made by `npm run store:images`. */
export interface ListingImages {
  /** The one line the promotional tile prints under the name. */
  tagline: string;
  /** Screenshots in the order the store shows them. */
  screenshots: string[];
  /** The small promotional tile. */
  promoTile: string;
}

/** Sizes in pixels the stores take: screenshots 1280×800 or 640×400, the small promotional tile 440×280. */
export const IMAGE_SIZES = {
  screenshot: [
    [1280, 800],
    [640, 400],
  ],
  promoTile: [[440, 280]],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

/** The Chrome Web Store shows at most five screenshots. */
export const MAX_SCREENSHOTS = 5;

/** The parts of manifest.json the checks read. */
export interface ManifestPart {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

/** The Chrome Web Store's limits, in characters (the manifest's `name` and `description`). */
export const LIMITS = { name: 75, shortDescription: 132 } as const;

/** The repository's root (this file is in scripts/store/). */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Characters as the store counts them: code points, so 财 is one, not a UTF-16 pair's two. */
export const charCount = (text: string): number => [...text].length;

/** The long description as pasted into a store's field. */
export const longDescriptionText = (listing: Listing): string => listing.longDescription.join('\n');

/** Every locale folder under `store/` (a folder with a `listing.json`; not `images/`) with its parsed listing. */
export function loadListings(root = ROOT): Record<string, Listing> {
  const dir = join(root, 'store');
  const out: Record<string, Listing> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !existsSync(join(dir, entry.name, 'listing.json'))) continue;
    out[entry.name] = JSON.parse(readFileSync(join(dir, entry.name, 'listing.json'), 'utf8')) as Listing;
  }
  return out;
}

/** The repository's manifest.json. */
export const loadManifest = (root = ROOT): ManifestPart =>
  JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as ManifestPart;

/** Every permission the manifest asks for, required or optional. */
export const manifestPermissions = (m: ManifestPart): Set<string> =>
  new Set([...(m.permissions ?? []), ...(m.optional_permissions ?? [])]);

/** Every match pattern the manifest asks for: host permissions, optional ones and content-script matches. */
export const manifestHostPatterns = (m: ManifestPart): Set<string> =>
  new Set([
    ...(m.host_permissions ?? []),
    ...(m.optional_host_permissions ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => c.matches ?? []),
  ]);

/** The named hosts of the manifest's patterns (`qt.gtimg.cn`), leaving out wildcards such as `*`. */
export function manifestHostNames(m: ManifestPart): Set<string> {
  const names = new Set<string>();
  for (const pattern of manifestHostPatterns(m)) {
    const host = /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1];
    if (host && !host.includes('*')) names.add(host);
  }
  return names;
}

// Domain-like words ending in a top-level domain; API names such as storage.sync end in no TLD.
const DOMAIN = /\b(?:[a-z0-9-]+\.)+(?:com|cn|net|org|io|app|hk|tw|jp|co|uk|de|us|info|dev)\b/gi;

/** The domain names a text mentions, lower-cased. */
export const domainsIn = (text: string): string[] => [...text.matchAll(DOMAIN)].map((m) => m[0].toLowerCase());
