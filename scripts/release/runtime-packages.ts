/** The packages shipped inside the extension, as the lockfile resolved them: what a reviewer checks. */

/** One shipped package. */
export interface RuntimePackage {
  name: string;
  /** The range package.json asks for. */
  wanted: string;
  /** The version package-lock.json resolved, or undefined when the lockfile lacks it. */
  version: string | undefined;
  license: string | undefined;
}

type Json = Record<string, unknown>;
const objectOf = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const textOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The `dependencies` of package.json with their versions and licences from package-lock.json (v2/v3). */
export function runtimePackages(pkg: unknown, lock: unknown): RuntimePackage[] {
  const wanted = objectOf(objectOf(pkg).dependencies);
  const locked = objectOf(objectOf(lock).packages);
  return Object.entries(wanted)
    .map(([name, range]) => {
      const entry = objectOf(locked[`node_modules/${name}`]);
      return { name, wanted: String(range), version: textOf(entry.version), license: textOf(entry.license) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** One line per package for the release log; unresolved ones say so. */
export function formatPackages(list: readonly RuntimePackage[]): string[] {
  if (list.length === 0) return ['  (none)'];
  return list.map(
    (p) => `  ${p.name}@${p.version ?? `NOT IN LOCKFILE (wants ${p.wanted})`}  ${p.license ?? 'licence unknown'}`,
  );
}
