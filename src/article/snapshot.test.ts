import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { Steps } from '../steps.ts';
import type { DomElement, DomNode, DomText } from './dom.ts';
import { type Snapshot, snapshotRootsSteps, snapshotSteps, snapshotText } from './snapshot.ts';

function run<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, yields };
    yields++;
  }
}

/** Every segment's node holds exactly the text the snapshot has at its offset. */
function expectSegmentsTrue(snapshot: Snapshot): void {
  for (const { node, start } of snapshot.segments)
    expect(snapshot.text.slice(start, start + node.data.length)).toBe(node.data);
}

/** The text node and offset in it where a snapshot offset falls. */
function nodeAt(snapshot: Snapshot, offset: number): { node: DomText; at: number } {
  const segment = [...snapshot.segments].reverse().find((s) => s.start <= offset);
  if (!segment) throw new Error(`no segment at ${offset}`);
  return { node: segment.node, at: offset - segment.start };
}

describe('snapshots of what a page added', () => {
  const { document } = parseHTML(`<!doctype html><html><body>
    <ul id="live"><li>09:30 美股开盘，$BIDU 高开1.2%。</li></ul>
    <ol id="feed"></ol></body></html>`);
  const added: DomNode[] = [];
  const line = document.createElement('li');
  line.append('09:31 ', document.createElement('b'), ' 盘前涨2%');
  line.querySelector('b')?.append('$NVDA');
  document.getElementById('live')?.append(line);
  added.push(line as unknown as DomNode);
  for (let i = 0; i < 3; i++) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.setAttribute('href', 'https://xueqiu.com/S/SH600519');
    link.append('$贵州茅台(SH600519)$');
    item.append(`快讯${i}：`, link, ` 放量，换手率${i}%。`);
    document.getElementById('feed')?.append(item);
    added.push(item as unknown as DomNode);
  }
  // A mark FinLens already put in: its text was read before, and is left out.
  const marked = document.createElement('li');
  const mark = document.createElement('finlens-mark');
  mark.setAttribute('data-finlens-id', 'US:TSLA');
  mark.append('$TSLA');
  marked.append('旧文 ', mark, ' 与 $AMD');
  document.getElementById('feed')?.append(marked);
  added.push(marked as unknown as DomNode);
  const ours = (el: DomElement) => el.localName === 'finlens-mark';

  const { value: snapshot } = run(snapshotRootsSteps(added, ours));

  it('reads only the added subtrees, a line apart, in the order given', () => {
    expect(snapshot.text).toBe(
      [
        '09:31 $NVDA 盘前涨2%',
        '快讯0：$贵州茅台(SH600519)$ 放量，换手率0%。',
        '快讯1：$贵州茅台(SH600519)$ 放量，换手率1%。',
        '快讯2：$贵州茅台(SH600519)$ 放量，换手率2%。',
        '旧文  与 $AMD',
        // Each root is a block: its line ends, as in a snapshot of one root.
        '',
      ].join('\n'),
    );
    expect(snapshot.text).not.toContain('BIDU');
  });

  it('maps every offset of the added text to the node that holds it', () => {
    expectSegmentsTrue(snapshot);
    const found = analyze({ text: snapshot.text, links: snapshot.links, article: false });
    const mentions = found.securities.flatMap((s) => s.mentions.map((m) => ({ ...m, id: s.id })));
    expect(mentions.map((m) => m.id).sort()).toEqual(['SH:600519', 'SH:600519', 'SH:600519', 'US:AMD', 'US:NVDA']);
    for (const m of mentions) {
      const { node, at } = nodeAt(snapshot, m.start);
      expect(node.data.slice(at, at + m.text.length)).toBe(m.text);
    }
    // $NVDA lives in the <b> of the first added line.
    const nvda = mentions.find((m) => m.id === 'US:NVDA');
    expect(nodeAt(snapshot, nvda?.start ?? -1).node.parentNode).toBe(line.querySelector('b'));
  });

  it('shifts each root’s links to its place', () => {
    expect(snapshot.links.map((l) => snapshot.text.slice(l.start, l.end))).toEqual([
      '$贵州茅台(SH600519)$',
      '$贵州茅台(SH600519)$',
      '$贵州茅台(SH600519)$',
    ]);
    for (const l of snapshot.links) expect((l.element as unknown as Element).getAttribute('href')).toBe(l.href);
  });
});

describe('snapshot steps', () => {
  it('yields every few hundred nodes on a large page and reads exactly what the whole walk reads', () => {
    const paragraphs = Array.from(
      { length: 3000 },
      (_, i) => `<p>第${i}段，<b>$BIDU</b> 与 <a href="/x">链接${i}</a>。</p>`,
    );
    const { document } = parseHTML(`<!doctype html><html><body>${paragraphs.join('')}</body></html>`);
    const body = document.body as unknown as DomNode;
    const { value, yields } = run(snapshotSteps(body));
    // 3,000 paragraphs of 6 nodes each, a step every 256 nodes.
    expect(yields).toBeGreaterThanOrEqual(60);
    expect(value).toEqual(snapshotText(body));
    expectSegmentsTrue(value);
  });
});
