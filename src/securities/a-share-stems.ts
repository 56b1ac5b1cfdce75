/**
 * The stems that A-share display forms keep of a name. On its first day a new listing trades as
 * `N` and the start of its name (`N井松` for 井松智能), on the days without a price limit as `C`
 * (`C井松`, `C洛耐` for 中钢洛耐), on an ex-dividend day as `XD`, `XR` or `DR` (`XD南钢股`): the
 * screen has room for four characters, so the name is cut to two or three.
 */

/**
 * A current A-share stock row: `SH:688251|s|SSE|井松智能|` (a delisted one has a `|D…` field more);
 * the list may have caught a name in a display form itself (`XD南钢股`, `N长裕`): its base is kept.
 */
const A_SHARE_ROW = /^(?:SH|SZ|BJ):\d{6}\|s\|[^|]*\|(?:XD|XR|DR|N|C)?(\p{Script=Han}{2,})\|[^|]*$/u;

/**
 * Each stem that one current A-share alone has, with its id: the first two or three characters of
 * its name, or the last two of a name of four or more. A stem two names share is left out.
 */
export function aShareStems(rows: string): Map<string, string> {
  const owners = new Map<string, string | null>();
  const add = (stem: string, id: string) => {
    const owner = owners.get(stem);
    owners.set(stem, owner === undefined || owner === id ? id : null);
  };
  for (const row of rows.split('\n')) {
    const m = A_SHARE_ROW.exec(row);
    if (!m) continue;
    const id = row.slice(0, row.indexOf('|'));
    const name = m[1];
    add(name.slice(0, 2), id);
    if (name.length >= 3) add(name.slice(0, 3), id);
    if (name.length >= 4) add(name.slice(-2), id);
  }
  const stems = new Map<string, string>();
  for (const [stem, id] of owners) if (id) stems.set(stem, id);
  return stems;
}
