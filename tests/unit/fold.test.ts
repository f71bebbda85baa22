import { describe, expect, it } from 'vitest';
import { foldCodeForCompare } from '../../utils/text/fold-table';
import { foldedLength, foldForAnchoring, foldForCompare, foldCodesFromFolded, rawOffsetAt, sliceFolded } from '../../utils/text/fold';
import { foldCodesForCompare, foldWithMapForAnchoring } from './helpers/fold-oracle';

/** The compare fold's loop form as text and map (the code units joined one by one: test inputs are short). */
function foldWithMap(raw: string): { text: string; map: Int32Array } {
  const { codes, map } = foldCodesForCompare(raw);
  return { text: Array.from(codes, (c) => String.fromCharCode(c)).join(''), map };
}

/** The map must be strictly increasing, end at raw.length, and point at the source char. */
function checkMap(raw: string) {
  const { text, map } = foldWithMap(raw);
  expect(map.length).toBe(text.length + 1);
  expect(map[text.length]).toBe(raw.length);
  for (let i = 0; i < text.length; i++) {
    if (i > 0) expect(map[i]).toBeGreaterThan(map[i - 1]);
    expect(foldWithMap(raw[map[i]]).text).toBe(text[i]);
  }
  return { text, map };
}

describe('foldCodesForCompare: the compare fold with its map', () => {
  it('keeps plain Chinese text and its CJK punctuation unchanged', () => {
    const raw = '各区县人民政府，市政府各部门：现将《实施方案》印发给你们，请认真贯彻执行。';
    const { text } = checkMap(raw);
    expect(text).toBe('各区县人民政府,市政府各部门:现将《实施方案》印发给你们,请认真贯彻执行。');
    expect(text).toContain('《');
    expect(text).toContain('。');
  });

  it('removes ASCII white space, tabs and newlines', () => {
    const raw = '一、提高认识\n\t各单位要 充分认识\r\n汛期\v安全\f工作。';
    expect(checkMap(raw).text).toBe('一、提高认识各单位要充分认识汛期安全工作。');
  });

  it('removes NBSP, ideographic space and the U+2000–U+200A spaces', () => {
    const spaces = '\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u2028\u2029';
    const raw = `\u3000\u3000为切实做好${spaces}防汛工作`;
    expect(checkMap(raw).text).toBe('为切实做好防汛工作');
  });

  it('removes zero-width characters and the BOM', () => {
    const raw = '\ufeff安\u200b全\u200c生\u200d产\u2060月\u00ad活动';
    expect(checkMap(raw).text).toBe('安全生产月活动');
  });

  it('folds full-width ASCII to half-width and lower-cases letters', () => {
    const raw = 'ＧＤＰ增长５．２％，ＰＭ２．５浓度下降';
    expect(checkMap(raw).text).toBe('gdp增长5.2%,pm2.5浓度下降');
  });

  it('folds the full-width punctuation a CMS varies: ，；：！？（）', () => {
    expect(foldWithMap('一是，二是；如下：好！吗？（一）').text).toBe(foldWithMap('一是,二是;如下:好!吗?(一)').text);
    expect(foldWithMap('（一）').text).toBe('(一)');
  });

  it('folds curly and CJK double quotes to "', () => {
    for (const q of ['“', '”', '„', '‟', '〝', '〞', '〟', '＂']) {
      expect(foldWithMap(`${q}放管服${q}`).text, q).toBe('"放管服"');
    }
  });

  it("folds curly single quotes to '", () => {
    for (const q of ['‘', '’', '‚', '‛', '＇']) {
      expect(foldWithMap(`${q}三个一${q}`).text, q).toBe("'三个一'");
    }
  });

  it('makes two renderings of the same paragraph equal', () => {
    const a = '　　要全力抓好高能耗企业搬迁、“散乱污”企业整治、重点企业错峰生产等重点工作（见附件１）。';
    const b = '\u00a0\u00a0要全力抓好高能耗企业\u200b搬迁、"散乱污"企业整治、重点企业错峰生产等重点工作 (见附件1).'.replace('.', '。');
    expect(foldWithMap(a).text).toBe(foldWithMap(b).text);
  });

  it('lower-cases ASCII letters', () => {
    expect(foldWithMap('Notice Lens WXT').text).toBe('noticelenswxt');
  });

  it('folds dashes, document-number brackets and middle dots', () => {
    expect(foldWithMap('西政发〔2024〕12号').text).toBe(foldWithMap('西政发[2024]12号').text);
    expect(foldWithMap('西政发【2024】12号').text).toBe('西政发[2024]12号');
    expect(foldWithMap('2024—2025年').text).toBe(foldWithMap('2024－2025年').text);
    expect(foldWithMap('买买提・艾力').text).toBe('买买提·艾力');
  });

  it('passes surrogate pairs through with a map entry per code unit', () => {
    const raw = '𠮷野 家\u3000𠮷';
    const { text, map } = checkMap(raw);
    expect(text).toBe('𠮷野家𠮷');
    expect(Array.from(map)).toEqual([0, 1, 2, 4, 6, 7, 8]);
  });

  it('maps each folded char back to its raw offset', () => {
    const raw = '　　一、 总体要求\n\n（一）指导思想';
    const { text, map } = foldWithMap(raw);
    expect(text).toBe('一、总体要求(一)指导思想');
    expect(raw[map[0]]).toBe('一');
    expect(map[2]).toBe(raw.indexOf('总'));
    expect(raw[map[text.indexOf('(')]]).toBe('（');
    expect(map[text.length]).toBe(raw.length);
  });

  it('handles empty and all-space input', () => {
    const e = foldWithMap('');
    expect(e.text).toBe('');
    expect(Array.from(e.map)).toEqual([0]);
    const s = foldWithMap(' \n\u3000\u00a0\u200b');
    expect(s.text).toBe('');
    expect(Array.from(s.map)).toEqual([5]);
  });

  it('foldCodesFromFolded agrees with foldCodeForCompare on every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const folded = foldCodeForCompare(c);
      const raw = `a${String.fromCharCode(c)}b`;
      const { codes, map } = foldCodesFromFolded(raw, foldForCompare(raw));
      const expected = folded === -1 ? [0x61, 0x62] : [0x61, folded, 0x62];
      const expectedMap = folded === -1 ? [0, 2, 3] : [0, 1, 2, 3];
      if (Array.from(codes).join() !== expected.join() || Array.from(map).join() !== expectedMap.join()) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('folds a 400k-character text in one pass (timing: npm run bench)', () => {
    const para = '　　各单位要按照市委统一安排部署，对违反中央八项规定精神问题进行彻底对照检查，“发现问题，及时整改”。\n';
    const raw = para.repeat(Math.ceil(400_000 / para.length));
    const { codes, map } = foldCodesFromFolded(raw, foldForCompare(raw));
    expect(map.length).toBe(codes.length + 1);
    expect(codes.length).toBeLessThan(raw.length);
    expect(String.fromCharCode(...codes.subarray(0, 20))).toBe(foldWithMap(para).text.slice(0, 20));
  });
});

describe('foldForCompare: the regex form, for pages that need only the text', () => {
  it('agrees with foldCodeForCompare on every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const folded = foldCodeForCompare(c);
      const expected = folded === -1 ? '' : String.fromCharCode(folded);
      if (foldForCompare(`a${ch}b`) !== `a${expected}b`) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('equals the loop form on real notice text, and counts lengths the same way', () => {
    const raw = '　　一要（加强）领导，\u00a0ＡＢＣ “落实” 责任；\r\n\t二是【坚持】标准…\u200b Ｆｉｎａｌｌｙ — OK.';
    expect(foldForCompare(raw)).toBe(foldWithMap(raw).text);
    for (let at = 0; at <= raw.length; at++) expect(foldedLength(raw.slice(0, at))).toBe(foldWithMap(raw.slice(0, at)).text.length);
  });
});

describe('foldCodesFromFolded: the same codes and map from the folded string and the dropped runs', () => {
  const cases = [
    '',
    '   ',
    '　　一要（加强）领导，\n\tＡＢＣ “落实” 责任；\r\n二是【坚持】标准… ok ',
    'no spaces at all',
    '\u200b\ufeff开头和结尾\u3000\u00a0',
    '𠀀𠀁 surrogate\u2028pairs 𠀂',
  ];
  for (const raw of cases) {
    it(`matches foldCodesForCompare on ${JSON.stringify(raw).slice(0, 30)}`, () => {
      const loop = foldCodesForCompare(raw);
      const fromRuns = foldCodesFromFolded(raw, foldForCompare(raw));
      expect([...fromRuns.codes]).toEqual([...loop.codes]);
      expect([...fromRuns.map]).toEqual([...loop.map]);
      expect(fromRuns.rawLength).toBe(raw.length);
    });
  }

  it('refuses a folded text that is not the raw one\'s fold', () => {
    expect(() => foldCodesFromFolded('a b c', 'abcd')).toThrow(/not the fold/);
  });
});

describe('sliceFolded', () => {
  it('gives what folding the slice on its own gives, for every slice boundary', () => {
    const raw = '　　一要（加强）领导，\n\tＡＢＣ “落实” 责任；\r\n二是【坚持】标准… ok ';
    const whole = foldCodesForCompare(raw);
    for (let a = 0; a <= raw.length; a += 3) {
      for (let b = a; b <= raw.length; b += 5) {
        const part = sliceFolded(whole, a, b);
        const own = foldCodesForCompare(raw.slice(a, b));
        expect([...part.codes]).toEqual([...own.codes]);
        // The slice shares the whole text's map: its raw offsets are read relative to the slice.
        const offsets = (f: typeof part) => Array.from({ length: f.codes.length + 1 }, (_, i) => rawOffsetAt(f, i));
        expect(offsets(part)).toEqual([...own.map]);
        // A slice of a slice too.
        if (b - a >= 4) expect(offsets(sliceFolded(part, 1, b - a - 2))).toEqual([...foldCodesForCompare(raw.slice(a + 1, b - 2)).map]);
      }
    }
  });
});

describe('foldForAnchoring: the compare fold plus CJK full stops and enumeration commas', () => {
  it('folds 。 to . and 、 to , where the compare fold keeps them', () => {
    expect(foldForCompare('一、总体要求。')).toBe('一、总体要求。');
    expect(foldForAnchoring('一、总体要求。')).toBe('一,总体要求.');
    expect(foldForAnchoring('Ａ\u00a0b，“散乱污”\u3000企业')).toBe('ab,"散乱污"企业');
  });

  it('gives the same text with or without the map, and the same length as the compare fold', () => {
    const raw = '　　一要（加强）领导，\u00a0ＡＢＣ “落实” 责任；\r\n\t二是【坚持】标准。\u200b 三、Ｆｉｎａｌｌｙ';
    const { text, map } = foldWithMapForAnchoring(raw);
    expect(text).toBe('一要(加强)领导,abc"落实"责任;二是[坚持]标准.三,finally');
    expect(foldForAnchoring(raw)).toBe(text);
    expect(foldedLength(raw)).toBe(text.length);
    expect(raw[map[text.indexOf('.')]]).toBe('。');
    expect(map[text.length]).toBe(raw.length);
  });
});
