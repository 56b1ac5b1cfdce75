/**
 * The byline a page prints rather than declares: "作者：芊草凡凡", "（记者 胡晓蓉）", "By Jane Doe".
 * Chinese news pages of every age print it beside the headline, and most declare it neither in
 * meta tags nor in JSON-LD. (The publish stamp printed beside it is read by `published.ts`.)
 */

/** The text of one part of the page, by level: 0 the story, then wider parts; undefined past the widest. */
export type TextsByLevel = (level: number) => string | undefined;

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
