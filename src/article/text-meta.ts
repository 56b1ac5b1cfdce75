/**
 * The byline and publish time a page prints rather than declares: "2005-07-31 12:30",
 * "2005年03月21日 11:21", "发布时间：2022-02-13", "作者：芊草凡凡", "（记者 胡晓蓉）",
 * "By Jane Doe". Chinese news pages of every age print them beside the headline, and most declare
 * neither in meta tags nor in JSON-LD.
 */

/** A calendar date: `2005-7-31`, `2005/07/31`, `2005.07.31`, `2005年7月31日`. */
const DATE = String.raw`((?:19|20)\d\d)\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?`;
/** A time of day after it: `12:30`, `21:23:57`. */
const TIME = String.raw`\s*(\d{1,2}):(\d\d)(?::(\d\d))?`;
/** A date with its time: the publish stamp pages print. */
const DATE_TIME = new RegExp(`${DATE}${TIME}`);
/** A date after a publishing label. */
const LABELLED_DATE = new RegExp(
  String.raw`(?:发布时间|发表时间|发布日期|发表于|发布于|更新时间|时间|日期|Published|Updated|Posted)\s*[:：]?\s*${DATE}`,
  'i',
);
const ANY_DATE = new RegExp(DATE);

/** The text of one part of the page, by level: 0 the story, then wider parts; undefined past the widest. */
export type TextsByLevel = (level: number) => string | undefined;

/**
 * The publish time printed in the page, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`. A date with
 * its time is looked for at every level first (a story's prose names dates, rarely times), then a
 * labelled date, then any full date; within a kind, the nearest level wins. Dates that are not
 * calendar dates (month 13, day 32) are passed over.
 */
export function printedDate(textAt: TextsByLevel): string | undefined {
  for (const re of [DATE_TIME, LABELLED_DATE, ANY_DATE]) {
    for (let level = 0, text = textAt(0); text !== undefined; text = textAt(++level)) {
      const found = firstDate(text, re);
      if (found) return found;
    }
  }
  return undefined;
}

function firstDate(text: string, re: RegExp): string | undefined {
  for (const m of text.matchAll(new RegExp(re.source, `${re.flags}g`))) {
    const [, y, mo, d, h, mi, s] = m;
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const date = `${y}-${pad(month)}-${pad(day)}`;
    if (h === undefined || Number(h) > 23) return date;
    return `${date}T${pad(Number(h))}:${mi}${s ? `:${s}` : ''}`;
  }
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Further names after a first: whole words, not a label (`时间：`) and not the prose that follows (`土豆，`). */
const MORE_NAMES = String.raw`(?:[ 、][\p{Script=Han}·]{2,4}(?![\p{Script=Han}:：，,。；;])){0,4}`;
/** A Chinese personal name, or several separated by spaces or 、. */
const HAN_NAMES = String.raw`[\p{Script=Han}·]{2,4}${MORE_NAMES}`;

/** Who wrote it, in the words pages print, most telling first. */
const BYLINES: RegExp[] = [
  new RegExp(
    String.raw`(?:作者|撰文|(?<!\p{Script=Han})文)\s*[:：/／]\s*([\p{Script=Han}A-Za-z·&]{2,12}${MORE_NAMES})`,
    'u',
  ),
  /本贴由\s*([^\s于]{2,12}?)\s*于/u,
  new RegExp(
    String.raw`(?:(?:^|[（(【\[\s])(?:本报|实习|特约)?记者\s*[:：]?\s*|记者\s+)(${HAN_NAMES})(?=[）)\]】/\s]|$)`,
    'u',
  ),
  /(?:责任编辑|编辑|责编)\s*[:：]\s*([\p{Script=Han}A-Za-z·]{2,12})/u,
  /(?:^|\n)\s*By\s+([A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|de|van|von))*?)(?=\s*(?:[,·|\n]|$))/,
];

/** The byline printed in the page: `作者：X`, `本贴由X于`, `记者 X`, `编辑：X`, `By X`; each kind at every level before the next. */
export function printedByline(textAt: TextsByLevel): string | undefined {
  for (const re of BYLINES) {
    for (let level = 0, text = textAt(0); text !== undefined; text = textAt(++level)) {
      const name = re.exec(text)?.[1]?.trim();
      if (name) return name.replace(/\s*[、，,]\s*/g, ' ').replace(/\s+/g, ' ');
    }
  }
  return undefined;
}
