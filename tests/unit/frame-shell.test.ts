/**
 * A framed article reads its identity and facts from the shell page around its frame element
 * (utils/frames/shell.ts). happy-dom runs no frames, so the article's window is given what a browser
 * gives a document in a same-origin frame: its `top` and its `frameElement` in the shell.
 */
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { readShell } from '../../utils/frames/shell';
import { readNoticeFacts } from './helpers/notice-facts';
import { withShellFacts } from '../../utils/facts/read-facts';
import { detectPage } from '../../utils/page/analyze';

const SETTINGS = { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true };
const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

const FOOTER = '<div class="footer"><p>主办单位：阳谷县人民政府办公室</p><p>网站标识码：3715210001 鲁ICP备10005286号</p></div>';
const TITLE_BAR = `<h1>县政府召开第三十七次常务会议</h1>
<div class="art-info">发布时间：2024-06-15 09:30　来源：县政府办公室</div>
<table><tr><td>索引号：</td><td>11371521004316019C/2024-01127</td><td>发文字号：</td><td>阳政办发〔2024〕7号</td></tr></table>`;
const HOME = `<ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/a${i}.html">县政府召开第${i + 30}次常务会议</a> <span>2024-06-0${i + 1}</span></li>`).join('')}</ul>`;
const ARTICLE = `<p>6月14日上午，县长主持召开县政府第三十七次常务会议，传达学习上级有关会议精神，研究部署当前重点工作。县政府领导班子成员出席会议。</p>
<p>会议听取了全县上半年经济运行情况汇报。会议指出，今年以来，全县上下坚持稳中求进工作总基调，主要经济指标保持稳定增长，重点项目建设扎实推进，民生保障持续改善。</p>
<p>会议强调，各级各部门要坚定信心、真抓实干。一要紧盯目标抓项目，逐个项目梳理进度。二要聚焦企业优服务，帮助协调解决用工、融资、用地等难题。三要守牢底线保安全，扎实做好防汛备汛各项工作。</p>
<p>会议要求，各乡镇（街道）、县直各部门要以更加务实的作风抓好会议精神落实，确保各项工作取得实效。</p>`;

/** A shell page on the county's host holding `around` and an <iframe>, and the article document framed in it. */
function framed(around: (frame: string) => string, article = ARTICLE, sameOrigin = true): Document {
  const shell = new Window({ url: 'http://www.yanggu.gov.cn/art/2024/6/15/art_1.html', settings: SETTINGS });
  const win = new Window({ url: 'http://www.yanggu.gov.cn/art/2024/6/15/art_1.body.html', settings: SETTINGS });
  windows.push(shell, win);
  shell.document.write(`<!DOCTYPE html><html><head><title>县政府召开第三十七次常务会议-阳谷县人民政府</title></head><body>${around('<iframe src="art_1.body.html" width="100%" height="900"></iframe>')}${FOOTER}</body></html>`);
  win.document.write(`<!DOCTYPE html><html><head><title>正文</title></head><body>${article}</body></html>`);
  Object.defineProperty(win, 'top', { value: shell });
  // A cross-origin parent: the browser gives the frame no frameElement.
  Object.defineProperty(win, 'frameElement', { value: sameOrigin ? shell.document.querySelector('iframe') : null });
  return win.document as unknown as Document;
}

describe('a framed article and its shell', () => {
  it('is a notice when its shell prints the title bar, date line and info table around its frame, with the shell’s facts', () => {
    const doc = framed((f) => `${TITLE_BAR}${f}`);
    expect(readShell(doc)?.identity).toBe(true);
    const detection = detectPage(doc);
    expect(detection.verdict.isNotice).toBe(true);
    expect(detection.verdict.reasons).toContain('+2 framed by a page with its title and labels');
    expect(readNoticeFacts(detection.factsSource).docNumber).toBe('阳政办发〔2024〕7号');
    expect(readNoticeFacts(detection.factsSource).published).toBe('2024-06-15');
  });

  it('is not one when the page around its frame is a homepage with no title of its own, or when it may not read its parent', () => {
    const home = framed((f) => `${HOME}${f}`);
    expect(readShell(home)?.identity).toBe(false);
    expect(detectPage(home).verdict.isNotice).toBe(false);
    const foreign = framed((f) => `${TITLE_BAR}${f}`, ARTICLE, false);
    expect(readShell(foreign)).toBeNull();
    expect(detectPage(foreign).verdict.isNotice).toBe(false);
  });

  it('never makes a notice of a framed list, whatever its shell says', () => {
    const list = framed((f) => `${TITLE_BAR}${f}`, HOME.repeat(2));
    expect(readShell(list)?.identity).toBe(true);
    expect(detectPage(list).verdict.isNotice).toBe(false);
  });

  it('keeps the frame’s own facts and fills only the empty ones from the shell', () => {
    const own = { title: '正文标题', site: 'a', source: '', published: '', docNumber: '', issuer: '', written: '2024-06-14' };
    const shell = { title: '外壳标题', site: 'b', source: '县政府办公室', published: '2024-06-15', docNumber: '阳政办发〔2024〕7号', issuer: '', written: '2024-06-01' };
    expect(withShellFacts(own, shell)).toEqual({ title: '正文标题', site: 'a', source: '县政府办公室', published: '2024-06-15', docNumber: '阳政办发〔2024〕7号', issuer: '', written: '2024-06-14' });
  });

  it('has no shell at the top of the tab', () => {
    const win = new Window({ url: 'http://www.yanggu.gov.cn/a.html', settings: SETTINGS });
    windows.push(win);
    win.document.write(`<html><body>${TITLE_BAR}${ARTICLE}</body></html>`);
    expect(readShell(win.document as unknown as Document)).toBeNull();
  });
});
