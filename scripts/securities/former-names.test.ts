import { describe, expect, it } from 'vitest';
import { baseName, matchedOldNames, nameForms, readDelisted, readFormerNames } from './former-names.ts';

describe('baseName', () => {
  it.each([
    ['G茅台', '茅台'],
    ['*ST闻泰', '闻泰'],
    ['ST京机', '京机'],
    ['S东汽', '东汽'],
    ['XD南钢股', '南钢股'],
    ['PT金田A', '金田A'],
    ['G*ST东航', '东航'],
    ['S*ST东泰', '东泰'],
    ['网力退', '网力'],
    ['小康股份', '小康股份'],
    ['TCL科技', 'TCL科技'],
  ])('%s → %s', (name, base) => expect(baseName(name)).toBe(base));
});

describe('nameForms', () => {
  it('an ST form as written, its base, and its sibling', () => {
    expect(nameForms('*ST新海')).toEqual(['*ST新海', 'ST新海']);
    expect(nameForms('ST东北高')).toEqual(['ST东北高', '东北高', '*ST东北高']);
  });
  it('a share-reform form only by its base, and never two characters', () => {
    expect(nameForms('G穗机场')).toEqual(['穗机场']);
    expect(nameForms('G茅台')).toEqual([]);
  });
});

describe('matchedOldNames', () => {
  const bases = new Map([
    ['赛力斯', new Set(['SH:601127'])],
    ['宏达', new Set(['SZ:002211'])],
    ['上实发展', new Set(['SH:600748'])],
  ]);
  const current = (name: string) => (name === '东风股份' ? ['SH:600006'] : undefined);
  const match = (old: { name: string; id: string }[]) => matchedOldNames(old, current, bases);

  it('a former name links to its listing', () => {
    expect(match([{ name: '小康股份', id: 'SH:601127' }])).toEqual([{ name: '小康股份', id: 'SH:601127' }]);
  });
  it('a name some listing has today is left to it', () => {
    expect(match([{ name: '东风股份', id: 'SH:601515' }])).toEqual([]);
  });
  it('a form whose base is another listing today is not matched (G宏达 against ST宏达)', () => {
    expect(match([{ name: 'G*ST宏达', id: 'SH:600331' }])).toEqual([]);
  });
  it('a name two codes had is no one listing', () => {
    expect(
      match([
        { name: '中航机电', id: 'SZ:002013' },
        { name: '中航机电', id: 'SH:600372' },
      ]),
    ).toEqual([]);
  });
  it('a display form cut short gives no base', () => {
    expect(match([{ name: 'G实发展', id: 'SH:600748' }])).toEqual([]);
  });
});

describe('the reference files', () => {
  it('reads former names, NFKC-normalised', () => {
    expect(
      readFormerNames('exchange,code,former_name,current_name,source\nSZ,000002,万  科Ａ,万科A,x\nHK,00700,x,y,z\n'),
    ).toEqual([{ name: '万科A', id: 'SZ:000002' }]);
  });
  it('reads delisted companies: the latest plain name shown, the date kept, a code taken today marked ~D', () => {
    const csv = [
      'exchange,code,name,delist_date,source',
      'SZ,300367,网力退,2022-06-30,b',
      'SZ,300367,东方网力,2022-06-30,a',
      'SH,600001,邯郸钢铁,,a',
    ].join('\n');
    expect(readDelisted(csv, (id) => id === 'SH:600001')).toEqual([
      { id: 'SZ:300367', exchange: 'SZSE', zh: '东方网力', names: ['网力退', '东方网力'], date: '2022-06-30' },
      { id: 'SH:600001~D', exchange: 'SSE', zh: '邯郸钢铁', names: ['邯郸钢铁'] },
    ]);
  });
});
