import type { Range } from './candidate.ts';

/**
 * Companies named by their registered form, listed or not: a Chinese legal name
 * (`深圳市欣智旺电子有限公司`, `中航（成都）无人机系统股份有限公司`, `上海筑景投资中心（有限合伙）`) or a
 * group's name (`鞍钢集团`, `陕建控股集团`). A name runs back from its form over name characters
 * (a bracketed place such as `（上海）` included) and is cut after what stands before it in the
 * clause: punctuation, an earlier name, the words that introduce a company (子公司, 股东, 据悉,
 * 增设, 诉 …), a date. Names that are only a generic word (`该公司`, `本集团`, `七国集团`) are not
 * companies.
 */
export interface RegisteredName extends Range {
  name: string;
}

/** The forms, longest first: a legal form, a partnership, a group. */
const FORM = /股份有限公司|有限责任公司|有限公司|股份公司|(?:投资中心|合伙企业)[(（]有限合伙[)）]|控股集团|集团/g;
/** Name characters: Han, Latin letters and digits. */
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9]/u;
/** What stands before a name in its clause, anywhere in the run read back: the name starts after the last. */
const LEAD = new RegExp(
  `^.*(?:${[
    // Words that introduce a company: its tie to another, the news about it, a role it has.
    '子公司|孙公司|参股公司|关联公司|关联方|控股股东|大股东|股东|旗下|所属|下属|以下简称|简称',
    '披露|公告|获悉|消息|显示|审理|批准|同意|增设|增加|转让给|收到|采用|购买|收购|签署|签约|宣布|表示',
    '据悉|据了解|了解|记者|仪式|近期|近日|其中|包括|成为|作为|更名为|变更为|接任者为|由原|为原',
    // Words of prose that run into a name without punctuation (现任…, 联手…, 以及…, …企业长鑫…).
    '现任|担任|同志|承包|联手|伙伴|知名|考虑|形成|身处|拉动|带动|推动|驱动|最终|报告期内|期内|以及|而|系',
    '企业(?!管理|发展|服务|咨询|集团)',
    // Particles and prepositions no company name carries (为 but in 华为, 作为), and dates.
    '拟|通过|方面|[的在从对由诉据给某被将是了但于与等称即也就已仍还又]|向(?!日)|(?<![华有作])为|\\d+[年月日号]',
  ].join('|')})`,
  'u',
);
/** Conjunctions stand before a name only at the start of the run (和田, 中和 are names). */
const JOINED = /^(?:和|与|及|同|并|或)/u;
/** A name made only of words that say which company, or what kind, not which one. */
const GENERIC =
  /^(?:该|本|其|此|我|贵|母|子|分|总|各|全|新|老|大|小|原|前|上市|拟上市|国有|民营|央企|地方|企业|一家|这家|多家|两家|几家|相关|合资|独资|外资|控股|投资|实业|产业|科技|发展|管理|商业|金融|财团|利益|犯罪|黑社会|媒体|物流|能源|燃气|电力|钢铁|医药|医疗|汽车|地产|房地产|建设|建筑|建材|传媒|文化|旅游|航空|物业|零售|餐饮|教育|化工|食品|农业|环保|水务|交通|港口|机场|银行|保险|证券|信托|基金|眼科|集团)+$/u;
/** What may stand right before a group's bare name (`据河钢集团`, `股东国盛集团`), besides punctuation. */
const GROUP_LEAD = /^.*(?:据|从|与|和|及|同|向|由|股东|子公司|旗下|其中|包括)/u;
/** Groups that are not companies. */
const NOT_A_GROUP = /(?:利益|权势|院外|犯罪|恐怖|政治|统治|既得|[一二三四五六七八九十]国|国家)$/u;
/** What may follow a group inside one legal name: name characters, then the legal form. */
const GROUP_MEMBER = /^([\p{Script=Han}A-Za-z0-9]{0,12}?)(?:股份有限公司|有限责任公司|有限公司)/u;
/** Read back at most this far for a name; a legal name is rarely longer. */
const READ_BACK = 30;

/** The registered names in `text`, in order, not overlapping (the longest form at a place wins). */
export function findRegisteredNames(text: string): RegisteredName[] {
  if (!/公司|集团|有限合伙/.test(text)) return [];
  const found: RegisteredName[] = [];
  let lastEnd = 0;
  FORM.lastIndex = 0;
  for (let m = FORM.exec(text); m !== null; m = FORM.exec(text)) {
    const formStart = m.index;
    let end = formStart + m[0].length;
    // `…集团有限公司`, `国家能源集团宿迁发电有限公司`: a group named inside a legal name is that name's.
    if (m[0].endsWith('集团')) {
      const legal = GROUP_MEMBER.exec(text.slice(end, end + 24));
      if (legal && !LEAD.test(legal[1])) {
        end += legal[0].length;
        FORM.lastIndex = end;
      }
    }
    const start = nameStart(text, formStart, lastEnd, m[0] === '集团' && end === formStart + 2);
    if (start === undefined) continue;
    found.push({ start, end, name: text.slice(start, end) });
    lastEnd = end;
  }
  return found;
}

/**
 * Where the name whose form starts at `form` begins, or undefined when what is there is no name.
 * A group's bare name (`鞍钢集团`) is held to more: prose has groups that are no company (利益集团),
 * so it is short, and stands after punctuation, an earlier name or a word that introduces one.
 */
function nameStart(text: string, form: number, floor: number, bareGroup: boolean): number | undefined {
  let start = form;
  const limit = Math.max(floor, form - READ_BACK);
  while (start > limit) {
    const c = text[start - 1];
    if (NAME_CHAR.test(c)) {
      start--;
      continue;
    }
    // A bracketed place inside a name: `中航（成都）无人机`, `物流(宜昌)`.
    if (c === '）' || c === ')') {
      const open = placeOpening(text, start - 1, limit);
      if (open !== undefined) {
        start = open;
        continue;
      }
    }
    break;
  }
  let body = text.slice(start, form);
  if (bareGroup) {
    const lead = GROUP_LEAD.exec(body);
    if (lead) body = body.slice(lead[0].length);
    if (body.length > 5 || LEAD.test(body) || NOT_A_GROUP.test(body)) return undefined;
  }
  const lead = LEAD.exec(body);
  if (lead) body = body.slice(lead[0].length);
  const joined = JOINED.exec(body);
  if (joined) body = body.slice(joined[0].length);
  body = body.replace(/^[(（][^)）]*[)）]/u, ''); // a bracket the cut left at the start is not the name's
  if (text[form - body.length - 1] === '某') return undefined; // 某生物技术有限公司: a name withheld
  if (body.length < 2 || !/^[\p{Script=Han}A-Za-z]/u.test(body) || !/\p{Script=Han}/u.test(body) || GENERIC.test(body))
    return undefined;
  return form - body.length;
}

/** The opening of a bracketed place name ending at `close` (2–6 Han characters), if it is one. */
function placeOpening(text: string, close: number, limit: number): number | undefined {
  for (let i = close - 1; i >= Math.max(limit, close - 7); i--) {
    const c = text[i];
    if (c === '（' || c === '(') return close - i - 1 >= 2 ? i : undefined;
    if (!/\p{Script=Han}/u.test(c)) return undefined;
  }
  return undefined;
}

/** `（以下简称“米哈游”）`, `(简称"天心制药")`, `（以下简称天心制药）` right after a name: the short name it defines. */
const DEFINED_SHORT = /^[(（](?:以下)?简称[：:]?\s?[“"「‘]?([\p{Script=Han}A-Za-z0-9]{2,12})[”"」’]?[)）]/u;

/** Short names that stand for a role, not for one company (`（以下简称“公司”）`, `“发行人”`, `“甲方”`). */
const ROLE =
  /^(?:本|该|其|贵)?(?:公司|集团|企业|子公司|母公司|上市公司|发行人|标的公司|目标公司|标的|目标|合伙企业|基金|本行|甲方|乙方|丙方|对方|交易对方|买方|卖方|出让方|受让方|投资人|投资方|借款人|担保人)$/u;

/** The short name the text defines for the name ending at `end`, if it defines one there that names it alone. */
export function definedShortName(text: string, end: number): string | undefined {
  const short = DEFINED_SHORT.exec(text.slice(end, end + 24))?.[1];
  return short && !ROLE.test(short) && !GENERIC.test(short) ? short : undefined;
}
