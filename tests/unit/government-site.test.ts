import { describe, expect, it } from 'vitest';
import { judgeGovernmentSite, labelledBodies, type GovernmentSignals } from '../../utils/text/government-site';

// The pure rules on the strings the DOM layer reads from a page (its title, site-name
// meta tags, the first and last characters of its text, footer links, logo images).
const page = (p: Partial<GovernmentSignals>): GovernmentSignals => ({ title: '', meta: {}, headText: '', tailText: '', ...p });
const isGov = (p: Partial<GovernmentSignals>) => judgeGovernmentSite(page(p)).government;

describe('the 主办单位 a Chinese footer names', () => {
  it('finds the government body under its label, beside the filing number, or before 主办/版权所有', () => {
    expect(labelledBodies('主办单位：武汉市人民代表大会常务委员会办公厅地址：武汉市江岸区沿江大道188号')).toEqual(['武汉市人民代表大会常务委员会办公厅']);
    expect(labelledBodies('版权所有：中国人民政治协商会议广州市委员会办公厅 粤ICP备05011234号')).toEqual(['中国人民政治协商会议广州市委员会办公厅']);
    expect(labelledBodies('Copyright © 2024 宁都县人民政府 版权所有')).toEqual(['宁都县人民政府']);
    expect(labelledBodies('会昌县人民政府办公室 赣ICP备09004321号')).toEqual(['会昌县人民政府办公室']);
    expect(labelledBodies('主办：深圳市南山区发展和改革局　技术支持：某某科技有限公司')).toEqual(['深圳市南山区发展和改革局']);
  });

  it('finds none where the holder is a company, a school, a newspaper or the police filing office', () => {
    expect(labelledBodies('主办单位：湖北楚天网络科技有限公司 鄂ICP备12345678号')).toEqual([]);
    expect(labelledBodies('版权所有：华中师范大学 地址：武汉市洪山区珞喻路152号')).toEqual([]);
    expect(labelledBodies('主办：长江日报报业集团')).toEqual([]);
    expect(labelledBodies('北京市公安局朝阳分局 京公网安备11010502030143号')).toEqual([]);
    // A "局" inside an ordinary word is no body when no footer label stands before it.
    expect(labelledBodies('这一格局持续到年底，布局合理。')).toEqual([]);
  });
});

describe('judgeGovernmentSite: Chinese sites off the official suffixes', () => {
  it('a 人大 site on .org.cn: 主办单位 in the footer', () => {
    expect(isGov({
      title: '关于召开市十五届人大常委会第二十次会议的决定_武汉人大',
      tailText: '网站地图 | 联系我们主办单位：武汉市人民代表大会常务委员会办公厅地址：武汉市江岸区沿江大道188号邮编：430014鄂ICP备05003339号 鄂公网安备 42010202000123号',
    })).toBe(true);
  });

  it('a county portal on plain .cn: 政府网站标识码', () => {
    expect(isGov({ tailText: '关于我们 | 网站地图宁都县人民政府办公室 主办 网站标识码：3607300001 赣ICP备05004321号-1 赣公网安备36073002000111号' })).toBe(true);
    expect(isGov({ tailText: '江西省会昌县 网站标识码3607330001' })).toBe(true);
  });

  it('a government footer that names the company that built the site, or a notice about licences, is still a government\'s', () => {
    expect(isGov({ tailText: '版权所有：宁都县人民政府办公室技术支持：赣州某某网络科技有限公司 赣ICP备05004321号' })).toBe(true);
    expect(isGov({ tailText: '技术支持：赣州某某网络科技有限公司 版权所有：宁都县人民政府办公室 赣ICP备05004321号' })).toBe(true);
    expect(isGov({ tailText: '以上3家企业的食品经营许可证予以注销。宁都县市场监督管理局 2024年6月3日 主办单位：宁都县市场监督管理局 网站标识码：3607300012' })).toBe(true);
    // Beside them, a company that holds the copyright is a company, whatever its footer names.
    expect(isGov({ tailText: '主办单位：宁都县人民政府 Copyright © 2024 赣南某某传媒有限公司 版权所有' })).toBe(false);
  });

  it('a 政协 site: 版权所有 with the committee, and the national error-report button', () => {
    expect(isGov({ tailText: '版权所有：中国人民政治协商会议广州市委员会办公厅 粤ICP备05011234号' })).toBe(true);
    expect(isGov({ tailText: '我为政府网站找错 | 联系我们 | 网站地图' })).toBe(true);
  });

  it('two weak markings together: a title naming the government and a link to its .gov.cn parent', () => {
    expect(isGov({ title: '关于开展城乡环境整治的通知 - 荆门市东宝区人民政府', linkHosts: ['www.jingmen.gov.cn'] })).toBe(true);
    // Either alone is not enough: a page may link to a government site, or be titled after one.
    expect(isGov({ title: '关于开展城乡环境整治的通知 - 荆门市东宝区人民政府' })).toBe(false);
    expect(isGov({ title: '东宝区环境整治纪实', linkHosts: ['www.jingmen.gov.cn'] })).toBe(false);
  });

  it('commercial news republishing a notice: the body cites the 主办单位, the footer is a company\'s', () => {
    const v = judgeGovernmentSite(page({
      title: '武汉市人民政府关于举办2024年武汉马拉松的通告_新浪新闻',
      tailText: '主办单位：武汉市人民政府 承办单位：武汉市体育局 责任编辑：张三 新浪简介 | 广告服务 | 联系我们 Copyright © 1996-2024 SINA Corporation 新浪公司 版权所有 京ICP证000007',
    }));
    expect(v.government).toBe(false);
    expect(v.vetoed).toBe(true);
  });

  it('writing-sample, document-sharing and forum pages that quote a government footer stay out', () => {
    const quoted = '宁都县人民政府办公室 主办 网站标识码：3607300001';
    expect(isGov({ title: '宁都县人民政府关于做好防汛工作的通知_范文大全', tailText: `${quoted} 上一篇 下一篇 Copyright © 2012-2024 范文大全 粤ICP备12045678号` })).toBe(false);
    expect(isGov({ title: '会昌县政府工作报告 - 道客文库', meta: { 'og:site_name': '道客文库' }, tailText: `${quoted} 下载文档` })).toBe(false);
    expect(isGov({ title: '转发：市政府通知', tailText: `${quoted} 回复本帖 只看该作者 Powered by Discuz! X3.4` })).toBe(false);
    // Sites that join title and site name with a bare hyphen, and offer the quoted notice for download.
    expect(isGov({ title: '关于开展安全检查的通知范文（通用6篇）-某某范文网', tailText: `${quoted} 下载Word文档 某某范文网 版权所有 鲁ICP备18000000号-3` })).toBe(false);
    expect(isGov({ title: 'XX镇关于开展危房排查的通知.docx-某文档站', tailText: `${quoted} 预览已结束，剩余 1 页可下载查看 © 2024 用户上传内容仅代表上传者观点` })).toBe(false);
  });

  it('a company\'s 公告 and a university\'s news stay out', () => {
    expect(isGov({ title: '关于召开2024年第一次临时股东大会的通知-长江证券股份有限公司', tailText: '版权所有 © 长江证券股份有限公司 鄂ICP备05003340号' })).toBe(false);
    expect(isGov({ title: '我校召开安全工作会议-华中师范大学', tailText: '版权所有：华中师范大学 鄂ICP备05003325号 鄂公网安备 42011102000707号', linkHosts: ['www.moe.gov.cn'] })).toBe(false);
  });
});

describe('judgeGovernmentSite: English sites off the official suffixes', () => {
  it('a US city on CivicPlus (.org): its title and its vendor\'s footer', () => {
    expect(isGov({ title: 'Notice of Public Hearing | Springfield, MO - Official Website' })).toBe(true);
    expect(isGov({ tailText: 'Contact Us 840 Boonville Ave. Springfield, MO 65802 Government Websites by CivicPlus®' })).toBe(true);
  });

  it('"official website of", a copyright held by the county, a Granicus footer', () => {
    expect(isGov({ headText: 'Skip to main content An official website of the State of Maryland' })).toBe(true);
    expect(isGov({ headText: 'The Official Website of Franklin County, Ohio Home Departments' })).toBe(true);
    expect(isGov({ tailText: 'Copyright © 2024 Franklin County, Ohio. All rights reserved.' })).toBe(true);
    expect(isGov({ tailText: '© 2024 City of Ann Arbor | Privacy Policy' })).toBe(true);
    expect(isGov({ tailText: 'Accessibility | Site Map | Powered by Granicus' })).toBe(true);
    expect(isGov({ tailText: '© 2024 City of Ann Arbor. All rights reserved. Website by Example Web Design Inc.' })).toBe(true);
  });

  it('a county seal in the header and a link to the state\'s .gov together', () => {
    expect(isGov({ images: ['Lake County Seal /images/seal.png'], linkHosts: ['www.ohio.gov'] })).toBe(true);
    expect(isGov({ images: ['University Seal /img/seal.svg'], linkHosts: ['www.ohio.gov'] })).toBe(false);
  });

  it('a UK council or central government page: the council\'s copyright, Crown copyright', () => {
    expect(isGov({ title: 'Council agrees budget for 2025/26 | Birmingham City Council', tailText: 'Contact us Council House, Victoria Square, Birmingham, B1 1BB © 2025 Birmingham City Council' })).toBe(true);
    expect(isGov({ tailText: 'Contact us Hove Town Hall, Norton Road, Hove, BN3 3BQ © 2024 Brighton & Hove City Council' })).toBe(true);
    expect(isGov({ tailText: 'All content is available under the Open Government Licence v3.0, except where otherwise stated © Crown copyright' })).toBe(true);
    // A local paper reporting the council's decision is not the council.
    expect(isGov({ title: 'Council agrees budget - Birmingham Mail', tailText: 'The council said the budget was balanced. © 2025 a Reach plc subsidiary' })).toBe(false);
  });

  it('newspapers named after their county, or that cite the city, stay out', () => {
    expect(isGov({ title: 'County posts hearing notice – Orange County Register', tailText: '© 2024 Orange County Register. All rights reserved.' })).toBe(false);
    expect(isGov({
      title: 'City sets public hearing on budget | Springfield News-Leader',
      tailText: 'For details, contact the City of Springfield. Advertise with us | Terms © 2024 Springfield News-Leader, Gannett Co., Inc.',
    })).toBe(false);
    expect(isGov({ tailText: 'Share this article. © 2024 Patch Media. All rights reserved.', linkHosts: ['www.springfieldmo.gov'] })).toBe(false);
  });
});

describe('judgeGovernmentSite: US special districts and public authorities off the official suffixes', () => {
  it('a transit district on .org: its ©, "official website of" it, and its site name', () => {
    expect(isGov({ tailText: 'Contact Us 3500 E. 17th Avenue, Eugene, OR 97403 © 2024 Lane Transit District. All rights reserved.' })).toBe(true);
    expect(isGov({ headText: 'Skip to Main Content Official website of Lane Transit District, a public agency of the State of Oregon Schedules & Maps' })).toBe(true);
    expect(isGov({ title: 'Proposed Fare Changes | Lane Transit District - Official Website' })).toBe(true);
    expect(isGov({ title: 'Board Meeting Agenda', meta: { 'og:site_name': 'Tri-County Metropolitan Transportation District' } })).toBe(true);
    expect(isGov({ title: 'Board Meeting Agenda', meta: { 'og:site_name': 'Santa Clara Valley Water District' } })).toBe(true);
    // A site name that only mentions a district is no district's site.
    expect(isGov({ title: 'Board Meeting Agenda', meta: { 'og:site_name': 'Riders for Lane Transit District' } })).toBe(false);
  });

  it('a housing authority, a school district and a fire district: © held by the body', () => {
    expect(isGov({ tailText: 'Equal Housing Opportunity © 2024 Housing Authority of the County of San Bernardino | Privacy Policy' })).toBe(true);
    expect(isGov({ tailText: 'Copyright 2024 Cedar Valley Unified School District. All Rights Reserved.' })).toBe(true);
    expect(isGov({ tailText: '© 2023 North County Fire Protection District | 330 S. Main Ave., Fallbrook, CA' })).toBe(true);
    expect(isGov({ tailText: '© 2024 Anytown Regional Airport Authority' })).toBe(true);
  });

  it('a logo named after the district is weak: with a link to the state\'s .gov it passes, alone it does not', () => {
    expect(isGov({ images: ['Housing Authority of the County of San Bernardino logo /images/logo.png'], linkHosts: ['www.ca.gov'] })).toBe(true);
    expect(isGov({ images: ['Housing Authority of the County of San Bernardino logo /images/logo.png'] })).toBe(false);
    expect(isGov({ images: ['Sunrise Housing Realty logo /img/logo.svg'], linkHosts: ['www.ca.gov'] })).toBe(false);
  });

  it('"a public agency" is weak: with a link to the state\'s .gov it passes, alone it does not', () => {
    expect(isGov({ tailText: 'The District is a special district organized under the Public Utilities Code.', linkHosts: ['www.ca.gov'] })).toBe(true);
    expect(isGov({ tailText: 'The District is a special district organized under the Public Utilities Code.' })).toBe(false);
    expect(isGov({ tailText: 'We are not a public agency of the State; we are a private nonprofit.', linkHosts: ['www.ca.gov'] })).toBe(false);
  });

  it('a nonprofit\'s board of directors page, a company\'s annual meeting notice and a real-estate site stay out', () => {
    expect(isGov({
      title: 'Board of Directors | Friends of the Eugene Parks',
      tailText: 'Friends of the Eugene Parks is a 501(c)(3) nonprofit. Board of Directors meets monthly. © 2024 Friends of the Eugene Parks',
    })).toBe(false);
    expect(isGov({
      title: 'Notice of Annual Meeting of Shareholders | Cascade Water Company',
      tailText: 'By order of the Board of Directors. © 2024 Cascade Water Company, Inc. All rights reserved.',
    })).toBe(false);
    expect(isGov({
      title: 'Affordable housing near transit | Sunrise Housing Realty',
      tailText: 'We accept vouchers from the Housing Authority of the County of San Bernardino. © 2024 Sunrise Housing Realty LLC',
    })).toBe(false);
    // A newspaper reporting a district's hearing is not the district.
    expect(isGov({
      title: 'Lane Transit District sets fare hearing | The Register-Guard',
      tailText: 'Lane Transit District, a public agency of the State of Oregon, will hold a hearing. © 2024 The Register-Guard. All rights reserved.',
    })).toBe(false);
    // A neighbourhood's district is not a special district.
    expect(isGov({ tailText: '© 2024 Downtown Historic District Association' })).toBe(false);
  });
});
