import { describe, expect, it } from 'vitest';
import { headText, judgeGovernmentPage, readSiteLinks, readSiteText } from '../../utils/dom/government-signals';
import { parseHtml } from './helpers/load-page';

// Whole pages as sites print them: a header, a notice (or an article quoting one), a
// footer, and the analytics scripts many sites end with. The same notice text sits on
// the government's own pages and on the pages that republish it.
const NOTICE_ZH = `<h1>武汉市人民代表大会常务委员会关于召开市十五届人大常委会第二十次会议的决定</h1>
<p>（2024年5月28日武汉市第十五届人民代表大会常务委员会主任会议通过）</p>
<p>武汉市第十五届人民代表大会常务委员会第二十次会议定于2024年6月下旬在武汉召开。建议会议的主要议程是：审议市人民政府关于2023年度市级决算的报告；审议市人民政府关于2023年度市级预算执行和其他财政收支的审计工作报告。</p>`;
const NOTICE_EN = `<h1>Notice of Public Hearing</h1><p>Posted on: May 20, 2024</p>
<p>NOTICE IS HEREBY GIVEN that the City Council of the City of Springfield will hold a public hearing on June 3, 2024 at 6:30 p.m. in the Council Chambers, 830 Boonville Avenue, on the proposed annual operating budget.</p>`;
const SCRIPTS = `<script>var _hmt = _hmt || [];(function(){var hm = document.createElement("script");hm.src = "https://hm.example/hm.js?${'a'.repeat(1500)}";})();</script>`;

const pages = {
  npcOrgCn: `<!doctype html><html><head><title>关于召开市十五届人大常委会第二十次会议的决定_武汉人大</title></head><body>
    <div class="header"><img class="logo" src="/images/logo.png" alt="武汉人大"><ul class="nav"><li>首页</li><li>人大要闻</li><li>决议决定</li></ul></div>
    <div class="article">${NOTICE_ZH}</div>
    <div class="footer"><p><a href="/sitemap.html">网站地图</a> | <a href="/contact.html">联系我们</a></p>
      <p>主办单位：武汉市人民代表大会常务委员会办公厅</p><p>地址：武汉市江岸区沿江大道188号 邮编：430014</p>
      <p><a href="https://beian.miit.gov.cn/">鄂ICP备05003339号</a> <a href="http://www.beian.gov.cn/">鄂公网安备 42010202000123号</a></p></div>
    ${SCRIPTS}</body></html>`,
  countyPortalCn: `<!doctype html><html><head><title>关于做好防汛工作的通知-宁都县人民政府</title><meta name="SiteName" content="宁都县人民政府"></head><body>
    <div class="top">宁都县人民政府门户网站 首页 政务公开 政务服务</div><div class="content">${NOTICE_ZH}</div>
    <div id="bottom"><a href="http://bszs.conac.cn/sitename?method=show&id=1"><img src="/images/red.png" alt="党政机关"></a>
      <span>宁都县人民政府办公室 主办</span><span>网站标识码：3607300001</span><span>赣ICP备05004321号-1</span></div></body></html>`,
  cityCivicPlusOrg: `<!doctype html><html><head><title>Notice of Public Hearing | Springfield, MO - Official Website</title></head><body>
    <header><a href="/"><img src="/ImageRepository/Document?documentID=1" alt="Home Page"></a></header>
    <main>${NOTICE_EN}</main>
    <footer><p>Contact Us</p><p>840 Boonville Ave. Springfield, MO 65802</p><p><a href="https://www.civicplus.com/">Government Websites by CivicPlus®</a></p></footer>
    ${SCRIPTS}</body></html>`,
  countyWeakMarks: `<!doctype html><html><head><title>Public Notices</title></head><body>
    <header role="banner"><img src="/img/lake-county-seal.png" alt="Lake County Seal"></header>
    <main>${NOTICE_EN}</main>
    <footer><a href="https://ohio.gov/">Ohio.gov</a> <a href="/privacy">Privacy</a></footer></body></html>`,

  newsRepublishZh: `<!doctype html><html><head><title>武汉市人大常委会关于召开第二十次会议的决定_新浪新闻</title><meta property="og:site_name" content="新浪新闻"></head><body>
    <div class="top-nav">新浪首页 新闻 体育 财经 娱乐</div><div class="article">${NOTICE_ZH}<p>主办单位：武汉市人民代表大会常务委员会办公厅</p><p>责任编辑：张三</p></div>
    <div class="footer"><a href="https://www.sina.com.cn/">新浪简介</a> | 广告服务 | <a href="https://www.12377.cn/">违法和不良信息举报</a>
      <p>Copyright © 1996-2024 SINA Corporation, All Rights Reserved 新浪公司 版权所有 京ICP证000007</p></div>${SCRIPTS}</body></html>`,
  writingSample: `<!doctype html><html><head><title>宁都县人民政府关于做好防汛工作的通知_范文大全</title></head><body>
    <div class="content">${NOTICE_ZH}<p>宁都县人民政府办公室 主办 网站标识码：3607300001</p></div>
    <div class="foot">上一篇 下一篇 Copyright © 2012-2024 范文大全 <a href="https://beian.miit.gov.cn/">粤ICP备12045678号</a></div></body></html>`,
  forum: `<!doctype html><html><head><title>转发：市人大常委会关于召开会议的决定 - 江城论坛</title></head><body>
    <div class="post"><div class="author">楼主 发表于 2024-5-29</div>${NOTICE_ZH}<p>主办单位：武汉市人民代表大会常务委员会办公厅</p></div>
    <div class="foot">回复本帖 只看该作者 Powered by Discuz! X3.4</div></body></html>`,
  university: `<!doctype html><html><head><title>我校召开安全工作会议-华中师范大学</title></head><body>
    <div class="news"><h1>我校召开安全工作会议</h1><p>5月28日，学校召开安全工作会议，传达学习上级文件精神，部署下一阶段工作。</p></div>
    <div class="footer"><a href="http://www.moe.gov.cn/">教育部</a><p>版权所有：华中师范大学 地址：武汉市洪山区珞喻路152号</p>
      <p><a href="https://beian.miit.gov.cn/">鄂ICP备05003325号</a> 鄂公网安备 42011102000707号</p></div></body></html>`,
  newsRepublishEn: `<!doctype html><html><head><title>City sets public hearing on budget | Springfield News-Leader</title><meta property="og:site_name" content="Springfield News-Leader"></head><body>
    <header><img src="/logo.svg" alt="Springfield News-Leader"></header><article>${NOTICE_EN}<p>Source: <a href="https://www.springfieldmo.gov/">City of Springfield</a></p></article>
    <footer><a href="/advertise">Advertise with us</a> <a href="/terms">Terms</a> © 2024 www.news-leader.com. All rights reserved.</footer></body></html>`,
};
const load = (name: keyof typeof pages) => parseHtml(pages[name]);

describe('judgeGovernmentPage on whole pages', () => {
  const government = ['npcOrgCn', 'countyPortalCn', 'cityCivicPlusOrg', 'countyWeakMarks'] as const;
  const others = ['newsRepublishZh', 'writingSample', 'forum', 'university', 'newsRepublishEn'] as const;

  it('passes the government bodies\' own sites', () => {
    expect(government.length).toBe(4);
    for (const name of government) expect({ name, government: judgeGovernmentPage(load(name)).government }).toEqual({ name, government: true });
  });

  it('refuses the pages that republish or quote the same notices', () => {
    expect(others.length).toBe(5);
    for (const name of others) expect({ name, government: judgeGovernmentPage(load(name)).government }).toEqual({ name, government: false });
  });

  it('decides from the footer and header text alone when they say enough', () => {
    expect(judgeGovernmentPage(load('npcOrgCn')).reasons).toEqual(['+2 run by 武汉市人民代表大会常务委员会办公厅']);
    expect(judgeGovernmentPage(load('newsRepublishZh')).vetoed).toBe(true);
    // Only weak markings: the seal and the state link are read, and together they pass.
    expect(judgeGovernmentPage(load('countyWeakMarks')).reasons).toEqual(['+1 links to an official domain', '+1 government seal']);
  });
});

describe('what the DOM layer reads', () => {
  it('reads the footer without the scripts after it, and the header from the top', () => {
    const s = readSiteText(load('npcOrgCn'));
    expect(s.tailText.trim().endsWith('鄂ICP备05003339号 鄂公网安备 42010202000123号')).toBe(true);
    expect(s.tailText).not.toContain('_hmt');
    // Text nodes are joined as textContent joins them: the menu's items run together.
    expect(s.headText.trim().startsWith('首页人大要闻决议决定')).toBe(true);
    expect(s.title).toBe('关于召开市十五届人大常委会第二十次会议的决定_武汉人大');
    expect(readSiteText(load('countyPortalCn')).meta).toEqual({ sitename: '宁都县人民政府' });
  });

  it('reads the hosts of footer links and the alt text of logo and footer images', () => {
    const marks = readSiteLinks(load('countyPortalCn'));
    expect(marks.linkHosts).toEqual(['bszs.conac.cn']);
    expect(marks.images).toEqual(['党政机关  /images/red.png']);
    // Links in the article body are not the site's own: only the footer's are read.
    expect(readSiteLinks(load('newsRepublishEn')).linkHosts).toEqual([]);
  });

  it('headText stops at its limit and skips styles', () => {
    const doc = parseHtml('<html><body><style>.a{color:red}</style><p>An official website</p><p> of the State of Maryland</p></body></html>');
    expect(headText(doc.body, 11)).toBe('An official');
    expect(headText(doc.body, 1000)).toBe('An official website of the State of Maryland');
  });
});
