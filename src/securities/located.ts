import type { Analysis, LocatedMention } from '../types.ts';

/** Every mention of every security, in text order, as the annotator wraps them. */
export function locatedMentions(analysis: Pick<Analysis, 'securities'>): LocatedMention[] {
  return analysis.securities
    .flatMap((s) => s.mentions.map((m) => ({ ...m, securityId: s.id })))
    .sort((a, b) => a.start - b.start);
}
