import type { Figure } from '../text/figures.ts';

/**
 * A page's furniture around a story: the dateline, the source, author and editor lines
 * (`2023-02-04 13:21:28 来源:雪球网`, `责任编辑：陈晨`, `Source: Reuters`). They assert nothing
 * about the world, whatever numbers they hold.
 */
const LABEL =
  /^(?:来源|稿件来源|数据来源|资料来源|图片来源|编辑|责任编辑|编审|主编|作者|记者|撰文|撰稿|文|图|摄影|校对|审核|审校|出品|策划|编译|原标题|发布时间|更新时间|时间|日期)\s*[:：]|^(?:source|sources|editor|edited by|editing by|reporting by|writing by|written by|additional reporting by|photo|image|credit|posted|updated|published)\b\s*:?/i;

/** Whether a sentence is page furniture: it starts, after any date and time stamps, with a byline or source label. */
export function isPageFurniture(text: string, start: number, end: number, figures: readonly Figure[]): boolean {
  let at = start;
  for (const f of figures) {
    if (f.kind !== 'temporal' || f.start > skipSpace(text, at, end)) break;
    at = f.end;
  }
  return LABEL.test(text.slice(skipSpace(text, at, end), end));
}

function skipSpace(text: string, at: number, end: number): number {
  while (at < end && /[\s|｜·]/.test(text[at])) at++;
  return at;
}
