/** The user's settings, and how a stored value is read back without ever losing them. */
export interface Settings {
  /** Highlight securities in pages. */
  highlight: boolean;
  /** Highlight claims in articles, by type. */
  claims: boolean;
}

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ highlight: true, claims: true });

/**
 * Reads a stored settings value field by field: a field of the wrong type falls back to its
 * default alone, so one bad field (an old version, a hand-edited store) never loses the others.
 */
export function parseSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const flag = (key: keyof Settings) => (typeof stored[key] === 'boolean' ? stored[key] : DEFAULT_SETTINGS[key]);
  return { highlight: flag('highlight'), claims: flag('claims') };
}
