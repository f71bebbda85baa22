import { describe, expect, it } from 'vitest';
import { closingDate, isClosingDate, isDateLine, isInfoLine, isMemoLine, isPageTitle, isSiteFurnitureTitle, isUpdatedStamp, normalizeDate, startsNumbered } from '../../utils/text/notice-meta';
import { bracketedDate, isFormalTitle, isIssuedLine, isIssuerName, isOrderNumber, issuerInTitle, madeDate, ownDocNumber, signedByAuthority } from '../../utils/text/document-marks';

describe('dates in English', () => {
  it('reads gov.uk and U.S. styles', () => {
    expect(normalizeDate('Published 24 April 2023')).toBe('2023-04-24');
    expect(normalizeDate('1 Apr 2024')).toBe('2024-04-01');
    expect(normalizeDate('September 30, 2020')).toBe('2020-09-30');
    expect(normalizeDate('Sept. 3, 2020')).toBe('2020-09-03');
    expect(normalizeDate('2020-09-30')).toBe('2020-09-30');
  });
  it('reads month names in any case, inside Chinese text too', () => {
    // The English patterns are only tried where a month's name appears: any case must still reach them.
    expect(normalizeDate('UPDATED 3 SEPT 2020')).toBe('2020-09-03');
    expect(normalizeDate('发布于 march 4, 2024（英文版）')).toBe('2024-03-04');
    expect(normalizeDate('发布时间：二〇二四年三月')).toBe('');
  });
  it('reads the shortest forms, and no date in a list row\'s month-day', () => {
    expect(normalizeDate('2024-1-5')).toBe('2024-01-05');
    expect(normalizeDate('13/1/2024')).toBe('2024-01-13');
    expect(normalizeDate('03-18')).toBe('');
  });
  it('is not fooled by numbers that are not dates', () => {
    expect(normalizeDate('12 weeks of paid leave in 2020')).toBe('');
    expect(normalizeDate('May 2024')).toBe('');
    expect(normalizeDate('31 Foo 2024')).toBe('');
  });
});

describe('lines under a title', () => {
  it('takes gov.uk metadata as an info line', () => {
    expect(isInfoLine('From: HM Revenue & Customs Published 1 April 2024')).toBe(true);
    expect(isInfoLine('LAST UPDATED： 2024-04-01')).toBe(true);
    expect(isInfoLine('Updates to the plan, 2024-04-01')).toBe(false);
  });
  it('recognises an unlabelled date line, not a sentence that mentions a date', () => {
    expect(isDateLine('2024-04-18 19:32 深圳市应急管理局')).toBe(true);
    expect(isDateLine('1 April 2024')).toBe(true);
    expect(isDateLine('2024年3月20日')).toBe(true);
    expect(isDateLine('4月18日，市委常委、常务副市长主持召开全市安全生产工作电视电话会议，2024年4月18日。')).toBe(false);
    expect(isDateLine('Paid parental leave is available for births occurring on or after October 1, 2020.')).toBe(false);
    expect(isDateLine('市应急管理局')).toBe(false);
  });
  it('recognises the date a notice is signed with, alone on its line', () => {
    expect(isClosingDate('2024年3月20日')).toBe(true);
    expect(isClosingDate('　　　　2024年 3月20日')).toBe(true);
    expect(isClosingDate('二〇二四年三月二十日')).toBe(true);
    expect(isClosingDate('请于2024年3月20日前报送。')).toBe(false);
    expect(isClosingDate('2024-03-20')).toBe(false);
  });
  it('recognises a memorandum header', () => {
    expect(isMemoLine('MEMORANDUM FOR HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES')).toBe(true);
    expect(isMemoLine('SUBJECT: Paid Parental Leave')).toBe(true);
    expect(isMemoLine('FROM: Director')).toBe(true);
    expect(isMemoLine('From the start of the year, agencies must report.')).toBe(false);
  });
});

describe('the page title', () => {
  const titles = ['关于开展2024年度排污许可证执行报告检查工作的通知-中华人民共和国生态环境部'];
  it('matches the heading that repeats the <title>, in any CMS layout', () => {
    expect(isPageTitle('关于开展2024年度排污许可证执行报告检查工作的通知', titles)).toBe(true);
    expect(isPageTitle('市工信委召开全体干部大会 安排部署下阶段重点工作', ['市工信委召开全体干部大会安排部署下阶段重点工作_西安市工业和信息化委员会'])).toBe(true);
    expect(isPageTitle('Councils given new powers to tackle fly-tipping', ['Councils given new powers to tackle fly-tipping - GOV.UK'])).toBe(true);
    expect(isPageTitle('某市人民政府 - 关于做好防汛工作的通知', ['某市人民政府-关于做好防汛工作的通知'])).toBe(true);
  });
  it('does not match a short column name or a fragment', () => {
    expect(isPageTitle('通知公告', ['通知公告_周至县人民政府'])).toBe(false);
    expect(isPageTitle('中华人民共和国', titles)).toBe(false);
  });
});

describe("a notice's own marks", () => {
  it('reads a 落款 date in figures or in Chinese numerals, and nothing else', () => {
    expect(closingDate('2024年3月20日')).toBe('2024-03-20');
    expect(closingDate('二〇二四年三月二十日')).toBe('2024-03-20');
    expect(closingDate('二〇二三年十二月九日')).toBe('2023-12-09');
    expect(closingDate('二〇二四年十月三十一日')).toBe('2024-10-31');
    expect(closingDate('请于2024年3月20日前报送。')).toBe('');
    expect(closingDate('二〇二四年十三月一日')).toBe('');
  });
  it('knows an issuing body from a signer, a sentence or a line of the body', () => {
    for (const name of ['国务院', '生态环境部办公厅', '周至县防汛抗旱指挥部', '某市人民政府', '宝鸡市人民代表大会常务委员会', '国 务 院']) expect(isIssuerName(name), name).toBe(true);
    for (const line of ['总理 李强', '特此通知。', '附件：任务清单', '各区县人民政府，市政府各部门：', '第十四届全国人民代表大会第二次会议']) expect(isIssuerName(line), line).toBe(false);
    // 经 opens 经研究决定 and 经市人民政府同意, never an organ's name, except 经济… and 经信… (经济部, 经信委).
    expect(isIssuerName('经济部')).toBe(true);
    expect(isIssuerName('市经济和信息化委员会')).toBe(true);
    expect(isIssuerName('经市人民政府')).toBe(false);
  });
  it('recognises the number of a 令 or a 公告 and the 通过 line under a title', () => {
    expect(isOrderNumber('第777号')).toBe(true);
    expect(isOrderNumber('（第二十一号）')).toBe(true);
    expect(isOrderNumber('2024年第5号')).toBe(true);
    expect(isOrderNumber('会议决定，自2024年第5号文件印发之日起施行。')).toBe(false);
    expect(isIssuedLine('（2024年3月11日第十四届全国人民代表大会第二次会议通过）')).toBe(true);
    expect(isIssuedLine('（2023年12月29日国务院令第772号公布）')).toBe(true);
    expect(isIssuedLine('（2024年3月11日）')).toBe(false);
    expect(isIssuedLine('会议于2024年3月11日审议通过了该报告。')).toBe(false);
  });
  it('recognises a title that names a formal document type, with or without its number', () => {
    for (const t of ['国务院关于废止部分行政法规的决定', '第十四届全国人民代表大会第二次会议关于政府工作报告的决议', '中华人民共和国国务院令（第777号）', '中华人民共和国国务院令第777号', '某市人民政府关于某片区房屋征收的公告']) {
      expect(isFormalTitle(t), t).toBe(true);
    }
    for (const t of ['政府信息公开申请', '通知公告', '某市人民政府', '决议 - 搜索结果', '关于做好安全生产工作的意见征集表']) expect(isFormalTitle(t), t).toBe(false);
  });
  it("takes a document number only from a line that holds nothing else, as the page writes it", () => {
    expect(ownDocNumber('国发〔2022〕22号')).toBe('国发〔2022〕22号');
    expect(ownDocNumber('财政部 税务总局公告2023年第61号')).toBe('财政部 税务总局公告2023年第61号');
    expect(ownDocNumber('根据《意见》（某政发〔2006〕4号）有关规定')).toBe('');
    expect(ownDocNumber('2024 No. 301')).toBe('2024 No. 301');
    expect(ownDocNumber('2024 CHAPTER 7')).toBe('2024 CHAPTER 7');
    expect(ownDocNumber('ORDINANCE NO. 2024-15')).toBe('Ordinance No. 2024-15');
    expect(ownDocNumber('CPD Memorandum 24-06')).toBe('CPD Memorandum 24-06');
    expect(ownDocNumber('Public Notice 2024')).toBe('');
    expect(ownDocNumber('This order is made under section 4 of the Act, No. 12.')).toBe('');
  });
  it('reads the date an English instrument was made, passed or dated', () => {
    expect(madeDate('Made 6th March 2024')).toBe('2024-03-06');
    expect(madeDate('Passed: March 4, 2024')).toBe('2024-03-04');
    expect(madeDate('ADOPTED this 10th day of July, 2024.')).toBe('2024-07-10');
    expect(madeDate('Made')).toBe('');
    expect(madeDate('Published 1 April 2024')).toBeNull();
    expect(madeDate('Madeleine Smith, Clerk')).toBeNull();
    expect(bracketedDate('[19th March 2024]')).toBe('2024-03-19');
    expect(bracketedDate('[See note 2024]')).toBe('');
  });
  it('names the issuer a title gives before 关于, but not a forwarding title’s', () => {
    expect(issuerInTitle('宝鸡市人民代表大会常务委员会关于召开宝鸡市第十六届人民代表大会第五次会议的决定')).toBe('宝鸡市人民代表大会常务委员会');
    expect(issuerInTitle('四川省农业农村厅 四川省财政厅关于做好农机购置补贴工作的通知')).toBe('四川省农业农村厅 四川省财政厅');
    expect(issuerInTitle('天津市人民政府办公厅转发市商务局关于开展汽车以旧换新补贴工作的通知')).toBe('');
    expect(issuerInTitle('关于开展2024年度排污许可证执行报告检查工作的通知')).toBe('');
    expect(issuerInTitle('第十四届全国人民代表大会第二次会议关于政府工作报告的决议')).toBe('');
    // A 公告 or 令 titled by its issuer; a title that only mentions a 公告 names no one.
    expect(issuerInTitle('经济部公告修正「电冰箱容许耗用能源基准与能源效率分级标示事项」')).toBe('经济部');
    expect(issuerInTitle('国家税务总局公告2024年第1号')).toBe('国家税务总局');
    expect(issuerInTitle('中华人民共和国国务院令 第777号')).toBe('中华人民共和国国务院');
    expect(issuerInTitle('关于公告送达行政处罚决定书的通知')).toBe('');
    expect(issuerInTitle('市场监管领域重点公告解读')).toBe('');
    expect(issuerInTitle('赫章县农业农村局2025年上半年工作总结')).toBe('赫章县农业农村局');
    expect(issuerInTitle('遂宁市人民政府2024年政府信息公开工作年度报告')).toBe('遂宁市人民政府');
    expect(issuerInTitle('全市2025年上半年经济运行情况')).toBe('');
    expect(issuerInTitle('市财政局2024年12月工作动态')).toBe('');
  });
  it('reads the body an English instrument is signed for', () => {
    expect(signedByAuthority('Signed by authority of the Secretary of State for Transport')).toBe('Secretary of State for Transport');
    expect(signedByAuthority('Signed: Guy Ashworth')).toBe('');
  });
});

describe('isUpdatedStamp', () => {
  it('reads the stamps sites print at the end of a page they keep up to date', () => {
    for (const line of ['Last updated on September 22, 2025', 'Page last reviewed: March 4, 2025', 'Content last reviewed February 3, 2025', 'Last updated: 14 February 2025', 'Last modified 2024-11-04'])
      expect(isUpdatedStamp(line), line).toBe(true);
  });
  it('not a sentence about an update, nor a stamp without a date', () => {
    for (const line of ['Last updated the guidance after the consultation closed on 4 March 2025, the agency said.', 'Last updated', 'Updates: subscribe to email alerts'])
      expect(isUpdatedStamp(line), line).toBe(false);
  });
});

describe('isSiteFurnitureTitle', () => {
  it('knows the pages a site keeps about itself, however the site names itself', () => {
    for (const title of ['About Us', 'About the Agency | Example.gov', 'Our mission and history', 'Contact us - Department of Transport', 'NASA Privacy Policy', 'Website Privacy Statement', 'Accessibility statement | Leeds City Council', 'Terms and conditions', 'Careers at the Department', 'Website policies and notices', 'Site map', '联系我们', '网站声明'])
      expect(isSiteFurnitureTitle(title), title).toBe(true);
  });
  it('not a guidance page whose title only begins like one', () => {
    for (const title of ['How to apply for a grant', 'Contact tracing guidance for schools', 'Career pathways guidance for apprentices', 'Privacy Act guidance for agencies', 'Grants Policy Statement', 'Terms of reference for the review panel', '关于做好2024年度防汛工作的通知'])
      expect(isSiteFurnitureTitle(title), title).toBe(false);
  });
});

describe('startsNumbered', () => {
  it('sees a line that begins with a list number', () => {
    for (const line of ['1. Contain the breach', '2) Notify the commission', '(a) the fee', 'IV. Review process', 'B. Eligible costs', '3．报送材料']) expect(startsNumbered(line), line).toBe(true);
  });
  it('not a year, an amount or a sentence', () => {
    for (const line of ['2024 was a record year.', '1.5 million people were helped.', 'In 2025, the program', 'A. B. Smith']) expect(startsNumbered(line), line).toBe(false);
  });
});

describe('a 简历 opening a leader\'s page', () => {
  it('is a name, a sex and a birth month at the start of the line', async () => {
    const { isBiographyOpening, isDocumentTitle } = await import('../../utils/text/notice-meta');
    expect(isBiographyOpening('赵立群，男，汉族，1973年6月生，甘肃民乐人，1995年7月参加工作。')).toBe(true);
    expect(isBiographyOpening('欧阳·买买提，女，维吾尔族，1980年12月出生，新疆喀什人。')).toBe(true);
    expect(isBiographyOpening('根据有关规定，现将王丽娟，女，汉族，1982年4月出生的任职情况公示。')).toBe(false);
    expect(isBiographyOpening('会议强调，男女同工同酬要落实到位，2024年6月底前完成检查。')).toBe(false);
    expect(isBiographyOpening('赵立群同志任张掖市人民政府市长。')).toBe(false);
    expect(isDocumentTitle('遂宁市市管干部任前公示')).toBe(true);
    expect(isDocumentTitle('赵立群')).toBe(false);
    expect(isDocumentTitle('市长 周建华')).toBe(false);
  });
});

describe("a body's pages about itself", () => {
  it('are titled by what they describe, with or without its name before', async () => {
    const { isAboutOrganisationTitle } = await import('../../utils/text/notice-meta');
    for (const t of ['机构职能', '三明市林业局机构简介-三明市林业局', '内设机构-保山市交通运输局', '联系方式_武宣县人民政府', '市政府领导分工', '主要职能-砚山县人民政府信息公开', '镇情简介_敦寨镇_锦屏县人民政府', '分管领导及分工_棣花镇', '便民服务中心窗口分布']) expect(isAboutOrganisationTitle(t), t).toBe(true);
    for (const t of ['白银市人民政府关于调整市政府领导工作分工的通知', '关于印发《鹤岗市医疗保障局职能配置、内设机构和人员编制规定》的通知', '宣城市数据资源局关于机构改革有关事项的公告', '联系方式变更的公告'])
      expect(isAboutOrganisationTitle(t), t).toBe(false);
  });
});

describe('English press releases dated in their own way', () => {
  it("Hong Kong's closing 「Ends/Tuesday, May 6, 2025」 is the date the release is signed with", async () => {
    const { closingDate, isClosingDate } = await import('../../utils/text/notice-meta');
    expect(closingDate('Ends/Tuesday, May 6, 2025')).toBe('2025-05-06');
    expect(closingDate('Ends/ May 16, 2025')).toBe('2025-05-16');
    expect(isClosingDate('Ends of the roads were closed on May 6, 2025')).toBe(false);
  });
  it("a dateline of fields led by the date (canada.ca's 「May 9, 2025 | Ottawa, Ontario | Natural Resources Canada」)", async () => {
    const { isDateLine } = await import('../../utils/text/notice-meta');
    expect(isDateLine('May 9, 2025 | Ottawa, Ontario | Natural Resources Canada')).toBe(true);
    expect(isDateLine('Home | News | Ottawa, Ontario | May 9, 2025')).toBe(false);
  });
});
