import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const outline = (text: string) => findDirectives(text).map((d) => `${d.level} ${d.ordinal}`);

describe("a Japanese ministry's 通知: 記, then １ > (1) > ア", () => {
  const notice = [
    '環境省では、下記のとおり取組を進めることとしたので、貴職におかれては、関係者への周知をお願いする。',
    '記',
    '１　趣旨',
    '近年、猛暑日の日数が増加している。',
    '２　実施事項',
    '(1)　普及啓発',
    'ア　リーフレットを配布すること。',
    'イ　ウェブサイトに掲載すること。',
    '(2)　相談体制の整備',
    '３　その他',
    '本通知は令和6年4月1日から適用する。なお、2 000円以下の経費は対象外とする。',
    '以上',
  ].join('\n');
  it('nests the figures, the bracketed figures and the katakana', () => {
    expect(outline(notice)).toEqual(['1 １', '1 ２', '2 (1)', '3 ア', '3 イ', '2 (2)', '1 ３']);
  });
  it('half-width figures and a 第1 part above them', () => {
    const text = ['第1　趣旨', '本要領は、手続を定める。', '第2　手続', '1 申請', '申請書を提出する。', '2 審査', '審査を行う。'].join('\n');
    expect(outline(text)).toEqual(['1 第1', '1 第2', '2 1', '2 2']);
  });
});

describe('a Japanese 省令: 第一条, paragraphs ２ ３, items 一 二, then イ ロ', () => {
  const law = [
    '（定義）',
    '第一条　この省令において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。',
    '一　スマート農業技術　次に掲げるものをいう。',
    'イ　ロボットを活用した技術',
    'ロ　情報通信技術を活用した技術',
    '二　農業者　農業を営む者をいう。',
    '（申請）',
    '第二条　法第七条第一項の申請は、申請書を提出して行うものとする。',
    '２　前項の申請書には、次に掲げる書類を添付しなければならない。',
    '一　定款',
    '二　登記事項証明書',
    '３　第一項の申請は、地方農政局長を経由してしなければならない。',
    '附　則',
    'この省令は、公布の日から施行する。',
  ].join('\n');
  it('nests paragraphs under their article, items under either', () => {
    expect(outline(law)).toEqual(['1 第一条', '2 一', '3 イ', '3 ロ', '2 二', '1 第二条', '2 ２', '3 一', '3 二', '2 ３']);
  });
});

describe('figures and kanji followed by a space are items only in Japanese', () => {
  it('a Chinese table line or heading is read as before', () => {
    const chinese = ['一、总体要求', '（一）指导思想', '1 000万元用于补助。', '二、工作措施'].join('\n');
    expect(outline(chinese)).toEqual(['1 一、', '2 （一）', '1 二、']);
  });
});
