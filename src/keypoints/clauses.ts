/** Independent clauses of a long Chinese sentence: the pieces a key point may be, never a fragment. */

/** A range of the text. */
export interface Span {
  start: number;
  end: number;
}

const OPEN = new Set('(（[【「『《“‘');
const CLOSE = new Set(')）]】」』》”’');
/**
 * A clause that cannot stand without the next: a condition, a cause, a concession, a circumstance
 * (若…，… / 由于…，… / 随着…，… / 在…下，…).
 */
const SUBORDINATE =
  /^(?:若|如果|如若|假如|假设|倘若|虽然|虽|尽管|即使|即便|随着|由于|因为|鉴于|受(?:益于)?|考虑到?|根据|依据|据|结合|基于|按照?|对于|针对|面对|围绕|通过|作为|为了|为|在|自|从|截至|截止|伴随|得益于|叠加|除)/;
/** A clause that ends on a time or a circumstance (1月27日晚，… / 会议闭幕后，… / 在…检测中，…): it sets the scene. */
const SCENE =
  /(?:后|时|前|之际|期间|以来|之后|之前|当天|当日|首日|尾盘|盘中|早盘|午盘|盘前|盘后|消息|日|月|年|晚|早|上午|下午|近期|近日|目前|当前|时间|期间内|过程中|检测中|调查中|会议中|讲话中|报告中)$/;
/** A piece that carries on the clause before it: its figures, its change, its share (…，同比增长5%). */
const CONTINUES =
  /^(?:同比|环比|分别|较|占|对应|折合|即|约|其中|为|是|就是|正是|就|也|则|便|都|达到?|至|增长|增加|减少|下降|下滑|提升|提高|上升|上涨|下跌|同增|同降|主要|均|合计|共计|累计|创|超|低于|高于|yoy|qoq|[+\-－]?\d)/i;
/** Connectives that open an independent clause but read badly at the head of a point. */
const CONNECTIVE =
  /^(?:但是|但|而且|而|并且|并|且|同时|此外|另外|另一方面|一方面|因此|所以|从而|进而|总体来看|总的来看|整体来看|整体而言|综合来看|综合而言|综上所述|综上|其次|首先|最后|其中)[，,]?\s*/;
/** A day or a moment opening a clause (1月27日晚， 周五（1月28日）欧市尾盘， 近日，): when, not what. */
const WHEN =
  /^(?:(?:当地时间|北京时间|美国时间|美东时间)?(?:\d{1,2}月\d{1,2}日|周[一二三四五六日]|星期[一二三四五六日天])|近日|日前|今[天日]|昨[天日])[^，,。；]{0,12}[，,]\s*/;
/** A lead-in that introduces what follows (分析师表示，… / 我们预计，…): it joins the clause after it. */
const LEAD_IN =
  /(?:表示|称|指出|认为|说|写道|透露|强调|显示|表明|预计|预测|估计|公告|发文|报道|回应|获悉|了解到|注意到|通报|反映|宣布|公布|介绍|提到|坦言|直言|警告|呼吁|来看|来说|而言|看来|方面|其中|此外|同时)$/;
/** An item's number inside a sentence: 一是 / 其二 / 第三， / （1） / 2） / ① (not the 第四 of 第四师). */
const ENUMERATOR =
  /^(?:[一二三四五六七八九十]是|其[一二三四五六七八九]|第[一二三四五六七八九十](?:[，,、]|是)|[（(]\d{1,2}[)）]|\d{1,2}[)）、]|[\u2460-\u2473])\s*/;
/** Below this weight (Han characters, Latin words and numbers), a clause is a fragment. */
const MIN_CLAUSE = 14;
/** What must be left of a clause for its opening connective or item number to go. */
const MIN_REST = 6;
/** Past this many characters a clause ends at the next break even before a continuation. */
const LONG_CLAUSE = 48;

/**
 * Splits the sentence `text[start, end)` into independent clauses: at `；`, and at `，` / `：` / `,`
 * outside brackets and quotes where the clause so far stands alone (14 characters of its own, a
 * lead-in such as 分析师表示 not counted; not a subordinate clause such as 由于…, nor a scene such
 * as 1月27日晚), the next piece does not carry it on (同比增长5%, 分别为…) and no piece is left
 * dangling (…，即使…，). Each clause is trimmed of an opening item number, day or connective (但,
 * 同时, 因此) and of the closing mark. A sentence that does not split is one clause. Linear in the
 * sentence's length.
 */
export function splitClauses(text: string, start: number, end: number): Span[] {
  const breaks: { at: number; hard: boolean }[] = [];
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isBreak(text, i)) breaks.push({ at: i, hard: c === '；' || c === ';' });
  }
  // Weights so far at each place: a clause's weight in O(1), so a long list of short pieces stays linear.
  const sofar = prefixWeights(text, start, end);
  const weightOf = (a: number, b: number) => sofar[b - start] - sofar[a - start];
  const clauses: Span[] = [];
  let from = start;
  // Where the clause's own words start: after a lead-in (分析师表示，), which says who, not what.
  let own = start;
  // Where the last piece starts: a piece such as 即使…， 若…， needs the piece after it.
  let piece = start;
  for (const { at, hard } of breaks) {
    const next = skipSpace(text, at + 1, end);
    if (next >= end) break;
    const pieceStart = piece;
    piece = next;
    // The clause's head and tail, in short windows: the tests stay O(1) however long the clause.
    const tail = text.slice(Math.max(from, at - 8), at).trim();
    if (LEAD_IN.test(tail)) {
      own = next;
      continue;
    }
    const head = text
      .slice(from, Math.min(at, from + 16))
      .trim()
      .replace(CONNECTIVE, '')
      .replace(ENUMERATOR, '');
    // After a lead-in (…撰文称，针对…，), the clause's own words may open subordinate too.
    const ownHead = own > from ? text.slice(own, Math.min(at, own + 4)) : '';
    const stands =
      weightOf(own, at) >= MIN_CLAUSE && !SUBORDINATE.test(head) && !SUBORDINATE.test(ownHead) && !SCENE.test(tail);
    const carriesOn = CONTINUES.test(text.slice(next, Math.min(end, next + 6)));
    const dangling = pieceStart > from && SUBORDINATE.test(text.slice(pieceStart, Math.min(at, pieceStart + 4)));
    if (stands && (hard || (!dangling && (!carriesOn || at - from > LONG_CLAUSE)))) {
      clauses.push({ start: from, end: at });
      from = next;
      own = next;
    }
  }
  clauses.push({ start: from, end });
  return clauses.map((c) => trim(text, c)).filter((c) => c.end > c.start);
}

/** The clause without an item number, an opening day or connective, surrounding space or a closing mark. */
function trim(text: string, span: Span): Span {
  let { start, end } = span;
  start = skipSpace(text, start, end);
  for (const opening of [ENUMERATOR, WHEN, CONNECTIVE]) {
    const m = opening.exec(text.slice(start, Math.min(end, start + 24)));
    if (m && weight(text.slice(start + m[0].length, end)) >= MIN_REST) start += m[0].length;
  }
  while (end > start && /[\s，,；;：:、。.！!？?]/.test(text[end - 1])) end--;
  return { start, end };
}

/** A clause break: `，；：` and `,` `;` `:`, but never between digits (1,200, 10:30, 10：00). */
function isBreak(text: string, i: number): boolean {
  const c = text[i];
  if (c === '，' || c === '；') return true;
  if (c !== ',' && c !== ';' && c !== ':' && c !== '：') return false;
  return !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}

/** Han characters plus Latin words and numbers: how much a piece says. */
export function weight(piece: string): number {
  return countWeight(piece, 0, piece.length);
}

/** The weight of `text[start, start + i)` for each i from 0 to the length. */
function prefixWeights(text: string, start: number, end: number): Uint32Array {
  const out = new Uint32Array(end - start + 1);
  countWeight(text, start, end, out);
  return out;
}

/** The weight of `text[start, end)`; with `out`, the weight so far at each place too. */
function countWeight(text: string, start: number, end: number, out?: Uint32Array): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      n++;
      inWord = false;
    } else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (!inWord) n++;
      inWord = true;
    } else if (c !== 46 && c !== 37) inWord = false; // a point or % stays inside a number: 3.5%
    if (out) out[i - start + 1] = n;
  }
  return n;
}
