/**
 * The bench's pages, generated deterministically (seeded PRNG) from real text:
 * sentences of the sample notice and of the corpus texts, reshuffled into varied
 * paragraphs. Pure functions returning HTML strings; run.ts writes them into
 * tests/.tmp/bench/pages/ (git-ignored). Unit-tested in tests/unit/bench-pages.test.ts.
 */

/**
 * Sources of sentences: raw texts, one paragraph a line (corpus conventions `# `, `> `, `^ `, `|`, list items
 * `+ ` / `- ` / `++ ` and their `+ol …` attribute lines, `\` escapes allowed).
 */
export type SourceTexts = string[];

export interface BenchPage {
  /** File name under pages/. */
  file: string;
  html: string;
  /** Visible characters (white space not counted) of the notice body, both copies counted when duplicated. */
  bodyChars: number;
}

// ---------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: small, fast, good enough for picking sentences. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

// ---------------------------------------------------------------------------
// Text helpers

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Characters a reader sees (white space of every kind not counted), as the extension counts them. */
export function visibleChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200d) && c !== 0xfeff) n++;
  }
  return n;
}

/** The text of an HTML fragment (tags dropped, the few entities the fixtures use decoded). */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

// A sentence that starts with a numbering marker would create directives in
// random places once shuffled: the generators put markers where they want them.
const LEADING_MARKER =
  /^(?:[一二三四五六七八九十]+[要是、]|第[一二三四五六七八九十]+[，、,：:]?|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、]|首先|其次|再次|最后)[，、,：:]?/;

/**
 * Sentences (ending in 。！？；) of the given texts, deduplicated, in first-seen
 * order, without leading numbering markers, tables, headings or signature lines.
 */
export function sentencePool(texts: SourceTexts): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    for (const raw of text.split('\n')) {
      // A list item's words without its prefix (the page shows no `+`); a list-attribute line shows nothing; an
      // escaped line (`\- …`) is a paragraph as written.
      const trimmed = raw.trim();
      if (/^[+-]+[ou]l(?:\/p)?(?:\s|$)/.test(trimmed)) continue;
      const escaped = trimmed.startsWith('\\');
      const line = escaped ? trimmed.slice(1) : trimmed.replace(/^[+-]+(?:\[[^\]]*\])?\s+/, '');
      if (!line || (!escaped && /^[#>^|]/.test(line))) continue;
      for (const m of line.match(/[^。！？；]+[。！？；]/g) ?? []) {
        const s = m.trim().replace(LEADING_MARKER, '').trim();
        if (visibleChars(s) < 12 || /^[，、。；：]/.test(s) || seen.has(s)) continue;
        seen.add(s);
        out.push(s);
      }
    }
  }
  if (out.length < 10) throw new Error(`bench pages: only ${out.length} usable sentences in the source texts`);
  return out;
}

/** A paragraph of `min`…`max` sentences drawn from the pool. */
function paragraph(rand: () => number, pool: string[], min: number, max: number): string {
  const n = min + Math.floor(rand() * (max - min + 1));
  let p = '';
  for (let i = 0; i < n; i++) p += pick(rand, pool);
  return p;
}

/**
 * `head` followed by sentences until the text has `size` visible characters; the
 * last sentence is cut short (and closed with 。) so the size is met closely.
 */
function fill(rand: () => number, pool: string[], head: string, size: number): string {
  let text = head;
  let n = visibleChars(text);
  while (n < size) {
    const s = pick(rand, pool);
    const len = visibleChars(s);
    if (n + len <= size + 8) {
      text += s;
      n += len;
    } else {
      const cut = s.slice(0, Math.max(4, size - n)).replace(/[，、；：,]$/, '');
      text += `${cut}。`;
      n += visibleChars(cut) + 1;
    }
  }
  return text;
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99). */
export function cnNumber(n: number): string {
  if (n < 1 || n > 99) throw new Error(`cnNumber(${n})`);
  if (n <= 10) return CN[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens - 1]}十${ones ? CN[ones - 1] : ''}`;
}

const TOPICS = [
  '总体要求', '重点任务', '保障措施', '组织实施', '工作目标', '主要内容', '实施步骤', '职责分工', '监督检查', '工作要求',
  '优化产业结构', '推进能源转型', '强化监测预警', '加强统筹协调', '完善政策体系', '深化改革创新', '提升服务水平',
  '加强队伍建设', '严格考核评估', '营造良好氛围',
];

// ---------------------------------------------------------------------------
// Page shells

interface ArticleMeta {
  title: string;
  site: string;
  column: string;
  date: string;
  source: string;
  docNumber?: string;
}

const STYLE = `<style>
  body { margin: 0; font: 14px/1.8 "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #333; background: #f3f3f3; }
  a { color: #333; text-decoration: none; }
  .top { background: #b5121b; color: #fff; }
  .top .w, .nav .w, .main, .foot .w { width: 1000px; margin: 0 auto; }
  .top h1 { margin: 0; padding: 22px 0; font-size: 28px; letter-spacing: 2px; }
  .nav { background: #8d0d14; }
  .nav a { display: inline-block; padding: 0 18px; line-height: 40px; color: #fff; font-size: 15px; }
  .main { background: #fff; padding: 10px 30px 30px; overflow: hidden; }
  .position { border-bottom: 1px solid #ddd; line-height: 36px; font-size: 12px; color: #666; }
  .article-title { text-align: center; font-size: 22px; color: #b5121b; margin: 28px 0 10px; line-height: 1.5; }
  .article-info { text-align: center; font-size: 12px; color: #888; border-bottom: 1px dashed #ccc; padding-bottom: 10px; }
  .article-info span { margin: 0 10px; }
  .docinfo { width: 100%; border-collapse: collapse; font-size: 13px; margin: 10px 0; }
  .docinfo td { border: 1px solid #ddd; padding: 4px 8px; }
  #zoom { font-size: 16px; line-height: 2; padding: 16px 10px; }
  #zoom p { margin: 0; text-indent: 2em; }
  .list li, .block li { line-height: 30px; border-bottom: 1px dashed #e5e5e5; list-style: none; }
  .list li span, .block li span { float: right; color: #999; }
  .list ul, .block ul { padding: 0; margin: 0; }
  .side { float: left; width: 200px; }
  .side a { display: block; line-height: 36px; background: #f6f6f6; margin-bottom: 2px; padding-left: 16px; }
  .list { margin-left: 230px; }
  .pager { text-align: center; margin-top: 20px; }
  .pager a { border: 1px solid #ddd; padding: 2px 8px; margin: 0 2px; }
  .block { float: left; width: 300px; height: 380px; margin: 0 10px 16px 0; overflow: hidden; }
  .block h3 { font-size: 15px; border-bottom: 2px solid #b5121b; margin: 0 0 6px; line-height: 34px; }
  .services a, .links a { display: inline-block; width: 110px; line-height: 32px; margin: 3px; background: #f6f6f6; text-align: center; }
  .banner { height: 260px; background: #eee; margin-bottom: 16px; }
  .foot { clear: both; background: #e8e8e8; color: #666; font-size: 12px; text-align: center; padding: 18px 0; margin-top: 20px; line-height: 24px; }
</style>`;

const NAV = `<div class="nav"><div class="w">
  <a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/zwgk/">政务公开</a><a href="/zcfg/">政策法规</a>
  <a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a><a href="/ztzl/">专题专栏</a>
</div></div>`;

const FOOT = `<div class="foot"><div class="w">
  <div><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></div>
  <div>主办单位：西安市工业和信息化局　　地址：西安市未央区凤城八路109号</div>
  <div>网站标识码：6101000041　　<a href="https://beian.miit.gov.cn/">陕ICP备05004312号-1</a>　　陕公网安备 61019002000123号</div>
</div></div>`;

function head(title: string, metas: [string, string][]): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${metas.map(([n, c]) => `<meta name="${n}" content="${escapeHtml(c)}">`).join('\n')}
${STYLE}
</head>`;
}

/** A CMS article page (the sample's shape) around the body HTML. */
function articlePage(meta: ArticleMeta, bodyHtml: string): string {
  const docTable = meta.docNumber
    ? `<table class="docinfo"><tbody>
<tr><td>发文机关：</td><td>${escapeHtml(meta.source)}</td><td>成文日期：</td><td>${meta.date}</td></tr>
<tr><td>发文字号：</td><td>${escapeHtml(meta.docNumber)}</td><td>发布日期：</td><td>${meta.date}</td></tr>
</tbody></table>`
    : '';
  return `${head(`${meta.title}_${meta.column}_${meta.site}`, [
    ['SiteName', meta.site],
    ['ColumnName', meta.column],
    ['ArticleTitle', meta.title],
    ['PubDate', `${meta.date} 09:30`],
    ['ContentSource', meta.source],
  ])}
<body>
<div class="top"><div class="w"><h1>${escapeHtml(meta.site)}</h1></div></div>
${NAV}
<div class="main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">${escapeHtml(meta.column)}</a></div>
  ${docTable}
  <h2 class="article-title">${escapeHtml(meta.title)}</h2>
  <div class="article-info"><span>发布时间：${meta.date} 09:30</span><span>来源：${escapeHtml(meta.source)}</span><span>浏览次数：2046</span></div>
  <div id="zoom" class="article-content">
${bodyHtml}
  </div>
  <div class="share">分享到：<a href="javascript:void(0)">微信</a><a href="javascript:void(0)">微博</a><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="related"><h3>相关文章</h3><ul>
    <li><a href="/zwgk/tzgg/1.html">关于做好2024年度安全生产工作的通知</a><span>2024-03-01</span></li>
    <li><a href="/zwgk/tzgg/2.html">关于开展“散乱污”企业整治督导检查的通知</a><span>2024-02-21</span></li>
  </ul></div>
</div>
${FOOT}
</body>
</html>
`;
}

// ---------------------------------------------------------------------------
// Notice bodies

type Block = { kind: 'p' | 'h'; text: string } | { kind: 'spacer' };

function renderBlocks(blocks: Block[]): string {
  return blocks
    .map((b) => (b.kind === 'spacer' ? '<p><br></p>' : b.kind === 'h' ? `<p><strong>${escapeHtml(b.text)}</strong></p>` : `<p>${escapeHtml(b.text)}</p>`))
    .join('\n');
}

function blocksChars(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind !== 'spacer') n += visibleChars(b.text);
  return n;
}

/**
 * A formal 通知 of about `target` visible characters with four heading levels:
 * 一、 → （一） → 1. → （1）, each level's items consecutive.
 */
export function formalNoticeBlocks(pool: string[], target: number, seed = 20): Block[] {
  const rand = prng(seed);
  const blocks: Block[] = [
    { kind: 'p', text: '各区县人民政府，市人民政府各工作部门、各直属机构：' },
    { kind: 'p', text: `${paragraph(rand, pool, 2, 3)}现将有关事项通知如下：` },
  ];
  // Shape: L1 sections × L2 × L3 × L4 leaves, sized so the text reaches the target.
  const L1 = 5;
  const L2 = 3;
  const L3 = 3;
  const L4 = 2;
  const leaves = L1 * L2 * (1 + L3 * (1 + L4));
  const perLeaf = Math.max(40, Math.floor((target - 600) / leaves));
  const leaf = (marker: string) => fill(rand, pool, `${marker}${pick(rand, TOPICS)}。`, perLeaf);
  for (let a = 1; a <= L1; a++) {
    blocks.push({ kind: 'h', text: `${cnNumber(a)}、${TOPICS[(a - 1) % TOPICS.length]}` });
    for (let b = 1; b <= L2; b++) {
      blocks.push({ kind: 'p', text: leaf(`（${cnNumber(b)}）`) });
      for (let c = 1; c <= L3; c++) {
        blocks.push({ kind: 'p', text: leaf(`${c}.`) });
        for (let d = 1; d <= L4; d++) blocks.push({ kind: 'p', text: leaf(`（${d}）`) });
      }
    }
  }
  // Top up (or not) to the target with closing paragraphs, then the signature.
  let chars = blocksChars(blocks);
  while (chars < target - 40) {
    const text = fill(rand, pool, '', Math.min(300, target - 20 - chars));
    blocks.push({ kind: 'p', text });
    chars += visibleChars(text);
  }
  blocks.push({ kind: 'p', text: '西安市人民政府办公厅' }, { kind: 'p', text: '2024年5月6日' });
  return blocks;
}

/**
 * A long notice (a meeting report / plan) of about `target` visible characters:
 * 一、 sections, （一） subsections, prose paragraphs from the pool, and now and
 * then a paragraph listing 一是…二是…三是… or 一要…二要….
 */
export function longNoticeBlocks(pool: string[], target: number, seed = 200): Block[] {
  const rand = prng(seed);
  const blocks: Block[] = [];
  let chars = 0;
  const push = (b: Block) => {
    blocks.push(b);
    if (b.kind !== 'spacer') chars += visibleChars(b.text);
  };
  push({ kind: 'p', text: `${paragraph(rand, pool, 2, 3)}会议强调：` });
  const sectionChars = 16_000;
  const subChars = 2_000;
  let section = 0;
  let sub = 0;
  let inSection = Infinity;
  let inSub = Infinity;
  let paras = 0;
  while (chars < target) {
    if (inSection >= sectionChars) {
      section++;
      sub = 0;
      inSection = 0;
      inSub = Infinity;
      push({ kind: 'h', text: `${cnNumber(Math.min(section, 99))}、${TOPICS[(section - 1) % TOPICS.length]}` });
    }
    let text: string;
    if (inSub >= subChars) {
      sub++;
      inSub = 0;
      text = `（${cnNumber(Math.min(sub, 99))}）${pick(rand, TOPICS)}。${paragraph(rand, pool, 1, 2)}`;
    } else if (rand() < 0.12) {
      // An inline list: 一是…二是…三是… (or 一要…二要…).
      const verb = rand() < 0.5 ? '是' : '要';
      const n = 3 + Math.floor(rand() * 3);
      text = '';
      for (let k = 1; k <= n; k++) text += `${cnNumber(k)}${verb}${pick(rand, pool)}${rand() < 0.5 ? pick(rand, pool) : ''}`;
    } else {
      text = paragraph(rand, pool, 2, 6);
    }
    push({ kind: 'p', text });
    const n = visibleChars(text);
    inSection += n;
    inSub += n;
    paras++;
    // Old editors leave empty paragraphs between some of them, as the sample does.
    if (paras % 7 === 0) push({ kind: 'spacer' });
  }
  return blocks;
}

/**
 * Body HTML; with `duplicate`, the body printed twice in the same container, the
 * second copy starting inside the last paragraph of the first (as the sample's CMS does).
 */
export function renderBody(blocks: Block[], duplicate: boolean): string {
  if (!duplicate) return renderBlocks(blocks);
  const first = blocks.findIndex((b) => b.kind === 'p');
  let last = blocks.length - 1;
  while (last >= 0 && blocks[last]!.kind !== 'p') last--;
  const a = blocks[first] as { kind: 'p'; text: string };
  const z = blocks[last] as { kind: 'p'; text: string };
  const joined: Block = { kind: 'p', text: z.text + a.text };
  return renderBlocks([...blocks.slice(0, last), joined, ...blocks.slice(last + 1), ...blocks.slice(first + 1)]);
}

// ---------------------------------------------------------------------------
// The pages

export function formalNoticePage(pool: string[], target = 20_000): BenchPage {
  const blocks = formalNoticeBlocks(pool, target);
  return {
    file: 'formal-20k.html',
    bodyChars: blocksChars(blocks),
    html: articlePage(
      {
        title: '西安市人民政府办公厅关于印发加快推进工业高质量发展实施方案的通知',
        site: '西安市人民政府',
        column: '通知公告',
        date: '2024-05-06',
        source: '西安市人民政府办公厅',
        docNumber: '市政办发〔2024〕12号',
      },
      renderBody(blocks, false),
    ),
  };
}

export function longNoticePage(pool: string[], target: number, duplicate: boolean, file: string, seed = 200): BenchPage {
  const blocks = longNoticeBlocks(pool, target, seed);
  return {
    file,
    bodyChars: blocksChars(blocks) * (duplicate ? 2 : 1),
    html: articlePage(
      {
        title: '市工信局召开全市工业经济运行调度会议安排部署下阶段重点工作',
        site: '西安市工业和信息化局',
        column: '工作动态',
        date: '2024-05-06',
        source: '市工信局',
      },
      renderBody(blocks, duplicate),
    ),
  };
}

const ORGS = ['市工信局', '市发改委', '市生态环境局', '市商务局', '市科技局', '市财政局', '市应急管理局', '市市场监管局', '市住建局', '市统计局'];
const ACTS = ['召开', '组织开展', '部署推进', '专题研究', '督导检查', '调研指导', '印发', '举办'];
const THINGS = [
  '全市工业经济运行调度会', '“散乱污”企业整治工作', '秦岭生态环境保护工作', '安全生产大检查', '中小企业服务月活动',
  '重点项目建设推进会', '营商环境优化提升行动', '数字经济发展工作会', '节能降碳专项行动', '统计执法检查工作',
  '干部作风问题大排查', '重点企业错峰生产工作', '“最多跑一次”改革', '新型工业化推进会',
];

function dateOf(rand: () => number, i: number): string {
  const day = 3000 - i * 2 - Math.floor(rand() * 2);
  const d = new Date(Date.UTC(2016, 0, 1) + day * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function newsTitle(rand: () => number): string {
  return `${pick(rand, ORGS)}${pick(rand, ACTS)}${pick(rand, THINGS)}`;
}

/** A column page: a side menu, `links` dated links, a pager. Not a notice. */
export function columnListPage(links = 500, seed = 500): BenchPage {
  const rand = prng(seed);
  const items: string[] = [];
  for (let i = 0; i < links; i++) {
    const title = newsTitle(rand);
    items.push(`<li><a href="/xwzx/gzdt/${(0x5bc6b6a6 + i * 7919).toString(16)}.html" title="${escapeHtml(title)}" target="_blank">${escapeHtml(title)}</a><span>${dateOf(rand, i)}</span></li>`);
  }
  const side = ['工作动态', '通知公告', '政策文件', '政策解读', '人事信息', '专项工作']
    .map((t, i) => `<a href="/xwzx/c${i}/">${t}</a>`)
    .join('');
  const pages = Array.from({ length: 10 }, (_, i) => `<a href="/xwzx/gzdt/index_${i + 1}.html">${i + 1}</a>`).join('');
  const html = `${head('工作动态_西安市工业和信息化局', [
    ['SiteName', '西安市工业和信息化局'],
    ['ColumnName', '工作动态'],
    ['ColumnType', '工作动态'],
  ])}
<body>
<div class="top"><div class="w"><h1>西安市工业和信息化局</h1></div></div>
${NAV}
<div class="main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 工作动态</div>
  <div class="side">${side}</div>
  <div class="list"><ul>
${items.join('\n')}
  </ul>
  <div class="pager"><a href="/xwzx/gzdt/">首页</a>${pages}<a href="/xwzx/gzdt/index_50.html">尾页</a> 共 ${links * 50} 条</div>
  </div>
</div>
${FOOT}
</body>
</html>
`;
  return { file: 'column-500.html', html, bodyChars: 0 };
}

/**
 * A large government homepage: banner, news lists in many blocks, a service
 * grid, topic links and link selects. Not a notice.
 */
export function govHomepage(seed = 1000): BenchPage {
  const rand = prng(seed);
  const blocks: string[] = [];
  const heads = [
    '要闻动态', '通知公告', '政策文件', '政策解读', '部门动态', '区县动态', '人事信息', '公示公告', '政府采购', '招标投标',
    '统计数据', '规划计划', '财政信息', '建议提案', '应急管理', '执法监督', '专项工作', '媒体关注', '网上调查', '常见问题',
    '领导活动', '会议活动', '工作动态', '图片新闻',
  ];
  let n = 0;
  for (const h of heads) {
    const items: string[] = [];
    for (let i = 0; i < 12; i++, n++) {
      const t = newsTitle(rand);
      items.push(`<li><a href="/xwzx/${h.length}/${n}.html" title="${escapeHtml(t)}">${escapeHtml(t)}</a><span>${dateOf(rand, n).slice(5)}</span></li>`);
    }
    blocks.push(`<div class="block"><h3>${h}<a href="/more/${n}/" style="float:right;font-size:12px">更多&gt;&gt;</a></h3><ul>${items.join('')}</ul></div>`);
  }
  const services = Array.from({ length: 60 }, (_, i) => `<a href="/bsfw/${i}/">${pick(rand, ['企业开办', '项目审批', '资质认定', '补贴申报', '证照办理', '政策兑现', '投诉举报', '信息查询'])}${i + 1}</a>`).join('');
  const topics = Array.from({ length: 24 }, (_, i) => `<a href="/ztzl/${i}/"><img src="/img/zt${i}.png" alt="专题${i + 1}" width="230" height="70"></a>`).join('');
  const select = (label: string, k: number) =>
    `<select onchange="void 0"><option>${label}</option>${Array.from({ length: 30 }, (_, i) => `<option value="http://x${k}${i}.gov.cn/">${pick(rand, ORGS)}网站${i + 1}</option>`).join('')}</select>`;
  const slides = Array.from({ length: 6 }, (_, i) => `<li><a href="/tpxw/${i}.html"><img src="/img/b${i}.jpg" alt="${escapeHtml(newsTitle(rand))}" width="600" height="260"></a><p>${escapeHtml(newsTitle(rand))}</p></li>`).join('');
  const html = `${head('西安市工业和信息化局', [
    ['SiteName', '西安市工业和信息化局'],
    ['SiteDomain', 'gxj.xa.gov.cn'],
    ['SiteIDCode', '6101000041'],
  ])}
<body>
<div class="top"><div class="w"><h1>西安市工业和信息化局</h1><form action="/search/"><input type="search" name="q"><input type="submit" value="搜索"></form></div></div>
${NAV}
<div class="main">
  <div class="banner"><ul>${slides}</ul></div>
  ${blocks.join('\n  ')}
  <div style="clear:both"></div>
  <h3>办事服务</h3><div class="services">${services}</div>
  <h3>专题专栏</h3><div class="topics">${topics}</div>
  <h3>网站链接</h3><div class="links">${select('国家部委网站', 1)}${select('省级政府网站', 2)}${select('市级部门网站', 3)}${select('区县政府网站', 4)}</div>
</div>
${FOOT}
</body>
</html>
`;
  return { file: 'gov-homepage.html', html, bodyChars: 0 };
}
