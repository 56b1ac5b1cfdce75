import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readArticle } from './src/article/read-article.ts';

for (const slug of ['xueqiu-post', 'english-news', 'not-article']) {
  const { document } = parseHTML(readFileSync(`e2e/fixtures/${slug}/index.html`, 'utf8'));
  const r = readArticle(document as never);
  console.log(slug, r.isArticle, JSON.stringify(r.evidence), r.title, '|', r.published, '|', r.lang);
  console.log('   ', JSON.stringify(r.snapshot.text.slice(0, 120)), '...', JSON.stringify(r.snapshot.text.slice(-80)));
}
