/**
 * A-shares by the names they had before (小康股份, now 赛力斯) and companies since delisted
 * (邯郸钢铁, 2009). Input: `cn_a_share_former_names.csv` (exchange,code,former_name,current_name,
 * source) and `cn_a_share_delisted_names.csv` (exchange,code,name,delist_date,source); both are
 * optional, a reference folder without them gives neither.
 *
 * Which names are matched in text, and for which listing:
 * - Current names always win: a former or delisted name that is some listing's name today
 *   (东风股份 was 601515's, is 600006's) is left to that listing.
 * - A name is matched as written (`*ST新海`, `网力退`, `PT金田A`) and by its base name without
 *   status marks and share-reform prefixes (`*ST`, `ST`, `S*ST`, `SST`, `PT`, `XD`, `G`, `S`, suffix
 *   `退`: `G茅台` → 茅台, `S东汽` → 东汽), each only when it has three characters or more; a
 *   share-reform form (`G浦发`) only by its base.
 * - A base that is part of a longer name of the same company is a display form cut short
 *   (`G实发展` for 上实发展): only the longer name is matched.
 * - A name two codes had (an absorbed company's name, a name a code dropped and another took up),
 *   or whose base is today the base name of another listing (`G天山`: 天山 is *ST天山 300313), is
 *   not matched at all: no one listing is what it means.
 * - An ST form stands for its sibling too (`ST天山` for `*ST天山`): the star comes and goes.
 * The generator then flags names that are also words as it does every other name (jieba).
 *
 * Delisted companies are listings of their own, marked delisted (with baostock's date when it has
 * one). Their id is `MARKET:CODE`; should the code belong to a listing today (codes are reused), it
 * is `MARKET:CODE~D`, so the name never reaches the new company's quote.
 */
import { withoutStatus } from './chinese-names.ts';
import { parseCsv } from './csv.ts';

export const FORMER_NAMES_FILE = 'cn_a_share_former_names.csv';
export const DELISTED_NAMES_FILE = 'cn_a_share_delisted_names.csv';

/** A company delisted from SSE or SZSE: its canonical id, the name shown, every name it had, when. */
export interface DelistedListing {
  id: string;
  exchange: string;
  zh: string;
  names: string[];
  date?: string;
}

/** A name to match in text and the listing it means. */
export interface OldName {
  name: string;
  id: string;
}

const nfkc = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const EXCHANGES: Record<string, string> = { SH: 'SSE', SZ: 'SZSE' };
/** Share-reform (2005–07) prefixes: G for a reformed share, S for one not yet reformed. */
const REFORM_PREFIX = /^(?:G|S)(?=\*?ST|\p{Script=Han})/u;
const ST_PREFIX = /^(?:G|S)?(?:\*ST|SST|S\*ST|ST)(?=\p{Script=Han})/u;

/** A name without its status marks and share-reform prefix (`G*ST东航` → 东航, `S东汽` → 东汽). */
export function baseName(name: string): string {
  let out = name;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = withoutStatus(out.replace(REFORM_PREFIX, ''));
  }
  return out;
}

/**
 * The names a text may write for this one: as written, its base, and the ST/*ST siblings of an ST
 * form. A share-reform form as written (`G茅台`, `S*ST东泰`) is not: the press of 2005–07 wrote
 * it, today's writes the base or the ST form.
 */
export function nameForms(name: string): string[] {
  const base = baseName(name);
  const forms = new Set(REFORM_PREFIX.test(name) ? [base] : [name, base]);
  if (ST_PREFIX.test(name) && base.length >= 2) {
    forms.add(`ST${base}`);
    forms.add(`*ST${base}`);
  }
  return [...forms].filter((n) => n.length >= 3 && /\p{Script=Han}/u.test(n));
}

/** Former names of listed A-shares, each with the listing it belongs to today (ids `SH:601127`). */
export function readFormerNames(text: string): OldName[] {
  return parseCsv(text).flatMap((r) =>
    EXCHANGES[r.exchange] && /^\d{6}$/.test(r.code) && r.former_name
      ? [{ name: nfkc(r.former_name), id: `${r.exchange}:${r.code}` }]
      : [],
  );
}

/** Delisted A-shares, one a code; `taken` says whether a code's plain id belongs to a listing today. */
export function readDelisted(text: string, taken: (id: string) => boolean): DelistedListing[] {
  const byId = new Map<string, DelistedListing>();
  for (const r of parseCsv(text)) {
    if (!EXCHANGES[r.exchange] || !/^\d{6}$/.test(r.code) || !r.name) continue;
    const plain = `${r.exchange}:${r.code}`;
    const id = taken(plain) ? `${plain}~D` : plain;
    const listing = byId.get(id) ?? { id, exchange: EXCHANGES[r.exchange], zh: '', names: [] };
    listing.names.push(nfkc(r.name));
    if (/^\d{4}-\d{2}-\d{2}$/.test(r.delist_date ?? '')) listing.date = r.delist_date;
    byId.set(id, listing);
  }
  for (const listing of byId.values()) {
    // The file gives the last name first, then older forms: show the latest plain one (东方网力, not 网力退).
    const plain = listing.names.find((n) => baseName(n) === n);
    listing.zh = plain ?? listing.names[0];
  }
  return [...byId.values()];
}

/**
 * Which old names (former names of listings, names of delisted companies) are matched, and for
 * which listing. `current(name)` gives the listings a name means today (the generator's name
 * table before old names); `currentBases` maps today's A-share base names to their listings.
 */
export function matchedOldNames(
  old: readonly OldName[],
  current: (name: string) => readonly string[] | undefined,
  currentBases: ReadonlyMap<string, ReadonlySet<string>>,
): OldName[] {
  // Every base name of each listing, today's and old: a status form cut short for display
  // (`G实发展` for 上实发展, `*ST东北高` for 东北高速) gives a base that is part of a longer one.
  const basesOf = new Map<string, Set<string>>();
  const addBase = (id: string, base: string) => basesOf.set(id, (basesOf.get(id) ?? new Set()).add(base));
  for (const [base, ids] of currentBases) for (const id of ids) addBase(id, base);
  for (const { name, id } of old) addBase(id, baseName(name));
  const cut = (base: string, id: string) => [...(basesOf.get(id) ?? [])].some((b) => b !== base && b.includes(base));
  const owners = new Map<string, Set<string>>();
  for (const { name, id } of old) {
    // A form whose base is another listing's base today (G宏达 against ST宏达) is that listing's.
    const others = [...(currentBases.get(baseName(name)) ?? [])].some((other) => other !== id);
    const base = baseName(name);
    for (const form of nameForms(name)) {
      if (form === base && base !== name && cut(base, id)) continue;
      const set = owners.get(form) ?? new Set();
      set.add(others ? '' : id);
      owners.set(form, set);
    }
  }
  const out: OldName[] = [];
  for (const [name, ids] of owners) {
    const [id] = ids;
    if (ids.size !== 1 || id === '' || current(name) !== undefined) continue;
    const base = currentBases.get(name);
    if (base && [...base].some((other) => other !== id)) continue;
    out.push({ name, id });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
