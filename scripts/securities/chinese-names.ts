/**
 * Chinese names as readers write them, derived from what the exchanges publish: the short name
 * without its status marks, the SSE's longer short names, and the company's legal name without
 * its legal form.
 *
 * - Status marks (`*ST闻泰` → 闻泰): prefixes `*ST`, `S*ST`, `SST`, `ST`, `PT`, `XD` (ex-dividend),
 *   `XR` (ex-rights), `DR` (both), `N` (first day), `C` (first days), `退市`; suffixes `退` and
 *   STAR's `-U`/`-W`/`-UW`/`-WD` and HK's `-W`/`-SW`/`-S`/`-B`/`-R`.
 * - Legal names (`闻泰科技股份有限公司` → 闻泰科技): `股份有限公司`, `有限责任公司`, `有限公司` and
 *   `股份公司` go, and a parenthesised region (`(上海)`); then, each only where what is left keeps
 *   four characters or more, a trailing `集团`/`控股` and a leading region (`广州白云国际机场` →
 *   白云国际机场).
 * A derived name is added only when it means one listing and no other listing already has it
 * (build-securities.ts checks), and only when it is three characters or longer.
 */

const STATUS_PREFIX = /^(?:\*ST|S\*ST|SST|ST|PT|XD|XR|DR|N|C|退市)(?=\p{Script=Han})/u;
const STATUS_SUFFIX = /(?:退|-(?:U|W|UW|WD|SW|S|B|R|SWR|WR))$/;

/** An exchange short name without its status marks (`*ST闻泰` → 闻泰, `XD南钢股` → 南钢股). */
export function withoutStatus(name: string): string {
  let out = name;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(STATUS_PREFIX, '').replace(STATUS_SUFFIX, '');
  }
  return out;
}

const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|股份公司)$/;
const REGIONS =
  '北京|上海|天津|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|广州|深圳|杭州|南京|武汉|成都|西安|苏州|厦门|青岛|大连|宁波|无锡|合肥|长沙|郑州|济南|福州|昆明|沈阳|哈尔滨|长春|石家庄|太原|南昌|南宁|贵阳|兰州|珠海|东莞|佛山|常州|温州|绍兴|烟台|唐山';
const REGION_PREFIX = new RegExp(`^(?:${REGIONS})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?`);

/** The names a company's legal name gives (`闻泰科技股份有限公司` → 闻泰科技). */
export function legalNames(legal: string): string[] {
  const core = legal
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\((?:集团|控股|中国|[\p{Script=Han}]{2,3})\)/gu, '')
    .replace(LEGAL_FORM, '');
  if (core === legal || !/^\p{Script=Han}/u.test(core)) return [];
  const out = new Set([core]);
  for (const name of [...out]) {
    const bare = name.replace(/(?:集团|控股)$/, '');
    if (bare !== name && bare.length >= 4) out.add(bare);
  }
  for (const name of [...out]) {
    const local = name.replace(REGION_PREFIX, '');
    // 江西省盐业集团 is not 盐业集团: a region goes only where a name is left, not a sector.
    if (local !== name && local.length >= 4 && !/(?:集团|控股|股份)$/.test(local)) out.add(local);
  }
  return [...out].filter((n) => n.length >= 3 && n.length <= 16);
}
