/**
 * Is this page on a government body's own site? Decided from the page's own
 * markings — its footer, its header, its site name, the links and images the DOM
 * layer picked out (utils/dom/government-signals.ts) — for "run on all sites",
 * where Notice Lens runs on hosts outside the official suffixes. Pure: strings in,
 * verdict out.
 *
 * Precision first: a commercial page that republishes a notice, a forum, a
 * writing-sample (范文) or document-sharing (文库) page, a company's 公告 or a
 * university's news must never pass. So a page passes only on markings a
 * government site prints about ITSELF (its 网站标识码, the 主办单位 it names, "Official
 * website of the City of …", its CMS vendor's government footer) or on two weaker
 * ones together, and a page whose own footer or site name says it is a company, a
 * forum or a document site does not pass whatever its text quotes.
 */

export interface GovernmentSignals {
  /** The page's <title>. */
  title: string;
  /** Site-level meta tags by lower-case name (sitename, siteidcode, og:site_name, application-name). */
  meta: Record<string, string>;
  /** The first characters of the page's text: the header and its banner. */
  headText: string;
  /** The last characters of the page's text, scripts left out: the footer. */
  tailText: string;
  /** Host names of the links in the footer (a bounded set). Absent: not read yet. */
  linkHosts?: string[];
  /** alt and src of the logo, header and footer images (a bounded set). Absent: not read yet. */
  images?: string[];
}

export interface GovernmentVerdict {
  government: boolean;
  score: number;
  /** The page says it is a company's, a forum's or a document site's: no government marking counts. */
  vetoed: boolean;
  reasons: string[];
}

/** Two points: one strong marking, or two weak ones. */
const GOVERNMENT_THRESHOLD = 2;

// ---- Chinese: who runs the site ----

/** The name of a government body, as a site's 主办/版权所有 line gives it (lazy: the shortest name that ends like one). */
const CN_BODY_END =
  '(?:人民政府(?:办公厅|办公室)?|人民代表大会常务委员会(?:办公厅|办公室)?|人大常委会(?:办公厅|办公室)?|人民代表大会|' +
  '政治协商会议[\\u4e00-\\u9fa5]{1,14}?委员会(?:办公厅|办公室)?|政协[\\u4e00-\\u9fa5]{0,14}?委员会(?:办公厅|办公室)?|' +
  '委员会(?:办公厅|办公室)?|街道办事处|人民法院|人民检察院|融媒体中心|[\\u4e00-\\u9fa5]局|[\\u4e00-\\u9fa5]厅|[\\u4e00-\\u9fa5]委)';
const CN_BODY = `([\\u4e00-\\u9fa5（）()]{1,28}?${CN_BODY_END})`;
/** 主办单位：X / 版权所有：X / © X — the labels under which a footer names who runs the site. */
const CN_LABELLED_BODY = new RegExp(`(?:主办单位|主办|承办单位|版权所有|版权归属|Copyright\\s*©?|©)\\s*[:：]?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?${CN_BODY}`, 'g');
/**
 * "X 主办" / "X 版权所有", and X right beside the site's ICP or 公网安备 filing number (a footer line
 * that names no label): the name is read backwards from these anchors, so the search costs one pass
 * over the footer plus a few short windows, not a name attempt at every character.
 */
const NAME_BEFORE = /(主办|版权所有)|[\s|｜丨·,，]*[\u4e00-\u9fa5]?(?:ICP备|公网安备)/g;
const WHOLE_BODY = new RegExp(`^${CN_BODY}$`);
/** Characters before an anchor searched for a name. */
const NAME_WINDOW = 36;
/** Words a body's name never contains: a name that does has swallowed the next footer label. */
const NOT_A_NAME = /支持|地址|电话|邮编|备案|承办|协办|网站|网址|有限|公司|集团|大学|学院|学校|中学|小学|报社|电视台|[:：]/;
/** 政府网站标识码 (or 网站标识码) with its ten-character code: issued to government sites only. */
const SITE_ID_CODE = /网站标识码\s*[:：]?\s*[A-Za-z0-9]{10}(?![A-Za-z0-9])/;
/** The national "report an error on a government website" button. */
const GOV_ERROR_REPORT = /我为政府网站找错|政府网站找错/;
/** A header that names the site as a government portal. */
const CN_PORTAL_NAME = /人民政府(?:门户)?网站|人民政府网|人大(?:常委会)?网|政协网|人民代表大会常务委员会网/;

// ---- English ----

/** "Official website of the City of …", "An official website of the State of …", "…, MO - Official Website". */
const OFFICIAL_WEBSITE_OF =
  /\bofficial\s+(?:web\s?)?site\s+(?:of|for)\s+(?:the\s+)?(?:(?:city|county|town|village|state|commonwealth|borough|township|parish|municipality|district)\s+(?:and\s+county\s+)?of\b|united\s+states\s+government|government\s+of\b)/i;
const PLACE_OFFICIAL_WEBSITE = /(?:^|[^A-Za-z])(?:[A-Z][\w.'-]*\s+){0,4}(?:County|City|Township|Borough|Parish|Village|Town)\b[^|\n]{0,30}?-\s*Official\s+Website\b|,\s*[A-Z]{2}\s*-\s*Official\s+Website\b/;
const PLACE_OFFICIAL_WEBSITE_OF = /\b[Oo]fficial\s+(?:[Ww]eb\s?)?[Ss]ite\s+of\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,4}(?:County|City|Township|Borough|Parish|Village|Town)\b/;
/**
 * © held by a government: "© 2024 City of Springfield", "Copyright Franklin County, Ohio. All rights reserved",
 * "© Lake County Government" — but not "© Orange County Register", a newspaper named after its county.
 */
const GOV_COPYRIGHT =
  /(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?:by\s+)?(?:the\s+)?(?:(?:City|County|Town|Village|State|Commonwealth|Borough|Township|Parish)\s+(?:and\s+County\s+)?of\s+[A-Z]|(?:[A-Z][\w.'-]*\s+){1,3}(?:County|Township|Parish|Borough)(?:,\s*[A-Z][A-Za-z]+)?(?=\s*(?:$|[.,|•·]|All\b|Government\b|Board\b|Commission\b|\d)))/;
/** A UK council's copyright: "© 2025 Birmingham City Council", "© Brighton & Hove City Council". */
const COUNCIL_COPYRIGHT = /(?:©|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?:[A-Z&][\w.'&-]*\s+){1,5}(?:City|County|Borough|District|Town|Parish|Shire|Regional|Metropolitan)\s+Council\b/;
/** The UK government's own footer: Crown copyright and the Open Government Licence. */
const CROWN = /©\s*Crown\s+copyright|Open\s+Government\s+Licence|Open\s+Parliament\s+Licence/;
/** Vendors whose footers are printed on government sites only. */
const GOV_CMS = /CivicPlus|CivicEngage|Granicus|govAccess|GovAccess|Revize|GovOffice|Vision\s+Internet/;
const GOV_CMS_HOST = /(?:^|\.)(?:civicplus|civicengage|granicus|revize|govoffice|visioninternet)\.com$/;
/** A government entity's name, for site names and seal images. */
const GOV_ENTITY_EN = /\b(?:(?:City|County|Town|Village|State|Commonwealth|Borough|Township|Parish)\s+of\s+[A-Z]|[A-Z][\w.'-]*\s+(?:County|Township|Parish|Borough)\b|(?:City|County|Borough|District|Town|Parish)\s+Council\b|Government\b)/;

/**
 * A special district or public authority, the US local governments that are neither cities nor counties:
 * "Lane Transit District", "Housing Authority of the County of San Bernardino", "Cedar Valley Unified
 * School District", "Port Authority of …". A service word must stand before District (a "Historic District"
 * or a "Business Improvement District" is a neighbourhood, not a government), and the name is only
 * trusted where the site says it of itself: its ©, its site name, "official website of …".
 */
const DISTRICT_SERVICE =
  '(?:(?:Rapid\\s+|Regional\\s+|Mass\\s+)?Transit|Transportation|(?:Municipal\\s+)?Water|Sanitation|Sanitary|Sewer|Fire(?:\\s+Protection)?|' +
  '(?:Regional\\s+)?Parks?(?:\\s+and\\s+Recreation)?|Recreation|(?:Unified\\s+|Independent\\s+|Union\\s+High\\s+|Elementary\\s+)?School|' +
  'Community\\s+College|Irrigation|(?:Public\\s+|Municipal\\s+)?Utility|Utilities|Hospital|Healthcare|Library|Port|Airport|Flood\\s+Control|' +
  '(?:Soil\\s+and\\s+Water\\s+)?Conservation|Mosquito\\s+(?:Abatement|Control)|Cemetery|Community\\s+Services|Drainage|Levee|Reclamation|' +
  'Air\\s+Quality(?:\\s+Management)?|Open\\s+Space|Solid\\s+Waste)';
const AUTHORITY_KIND =
  '(?:Housing|(?:Regional\\s+)?Transit|Transportation|Port|Airport|Water|Sewer|Parking|Redevelopment|Turnpike|Toll(?:way)?|Bridge|Solid\\s+Waste)';
const CAP_WORD = "[A-Z][\\w.'&-]*";
const SPECIAL_BODY_SRC =
  `(?:(?:${CAP_WORD}\\s+){0,5}${DISTRICT_SERVICE}\\s+District|(?:${CAP_WORD}\\s+){0,4}(?:Public\\s+)?${AUTHORITY_KIND}\\s+Authority)` +
  `(?:\\s+of\\s+(?:the\\s+)?(?:(?:City|County|Town|Village|State)\\s+(?:and\\s+County\\s+)?of\\s+)?${CAP_WORD}(?:\\s+${CAP_WORD}){0,3})?`;
/** A site name that is a special district's or a public authority's, and nothing more ("Lane Transit District"). */
const SPECIAL_BODY_NAME = new RegExp(`^(?:The\\s+)?${SPECIAL_BODY_SRC}$`);
/** © held by a special district or authority: "© 2024 Lane Transit District. All rights reserved." */
const SPECIAL_COPYRIGHT = new RegExp(
  `(?:©|\\([cC]\\)|[Cc]opyright|COPYRIGHT)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s*)?(?:by\\s+)?(?:the\\s+)?${SPECIAL_BODY_SRC}(?=\\s*(?:$|[.,|•·(]|All\\b|\\d))`,
);
/** A logo or seal named after a special district or authority: "Lane Transit District logo - Home Page". */
const SPECIAL_BODY_ANYWHERE = new RegExp(`(?:^|[^A-Za-z])${SPECIAL_BODY_SRC}`);
/** "Official website of Lane Transit District", "Lane Transit District - Official Website". */
const SPECIAL_OFFICIAL_WEBSITE = new RegExp(
  `\\b[Oo]fficial\\s+(?:[Ww]eb\\s?)?[Ss]ite\\s+(?:of|for)\\s+(?:the\\s+)?${SPECIAL_BODY_SRC}|${SPECIAL_BODY_SRC}\\s*[-–|]\\s*Official\\s+Website\\b`,
);
/**
 * How a district describes itself in its header or footer: "a public agency of the State of Oregon", "a
 * special district", "a political subdivision of the State". Weak: a news story may say it of a district.
 */
const PUBLIC_AGENCY_SELF =
  /\b(?:is\s+)?an?\s+(?:public\s+agency|special\s+(?:purpose\s+)?district|political\s+subdivision|unit\s+of\s+local\s+government|public\s+body\s+corporate(?:\s+and\s+politic)?)\s+(?:of|in|under|created|organized|established|formed)\b/i;

// ---- Commercial, forum and document sites ----

/** A footer that says the site belongs to a company, or is a forum, or carries ads. */
const COMMERCIAL_FOOTER = new RegExp(
  [
    // The copyright holder is a company. Not "版权所有：X人民政府 技术支持：X科技有限公司", the usual government
    // footer naming the contractor that built the site: the holder's span stops at the next label.
    '(?:版权所有|Copyright|©)\\s*[:：]?\\s*(?:(?!技术|支持|承建|运维|维护|设计|制作|主办|承办|[:：])[^。\\n]){0,30}?(?:有限公司|有限责任公司|股份公司|集团)',
    '(?:有限公司|有限责任公司|股份公司)\\s*版权所有(?!\\s*[:：])',
    'ICP证', // a commercial (经营性) ICP licence; government sites file an ICP备 only
    // The licences a commercial site prints in its footer (not 经营许可证 alone: a notice may be about one).
    '增值电信业务经营许可证|网络文化经营许可证|广播电视节目制作经营许可证',
    '广告服务|广告合作|广告投放|投放广告',
    'VIP|开通会员',
    // Document-sharing and writing-sample sites: a preview of an uploaded file, offered for download.
    '预览已结束|用户上传|网友投稿|上传者',
    'Powered by Discuz|Discuz!|phpwind|楼主|回帖|回复本帖|只看该作者',
    'Advertise with us|Advertising (?:info|rates)|AdChoices|Ad Choices',
  ].join('|'),
  'i',
);
/** An English © held by a company, unless a government CMS vendor prints it. */
const COMPANY_COPYRIGHT_EN = /(?:©|copyright)\s*(?:\d{4}\s*)?(?:(?!\bby\b|Powered|Website|Design|Hosted|All rights)[^©\n|]){0,50}?\b(?:Inc|LLC|Ltd|Corporation|Media|Newspapers?|Publishing)\b/i;
/** A site name that is a document-sharing, writing-sample, forum or news brand. */
const COMMERCIAL_SITE_NAME = /文库|范文|文档|作文|资料网|下载|论坛|贴吧|社区|问答|百科|新闻网|财经|日报|晚报|传媒|有限公司|公司|大学|学院|学校|Wiki|Forum|News|Times|Post|Tribune|Gazette|Herald|Journal|University|College|Inc\b|LLC\b/i;

/** Hosts in a footer that every Chinese site links to (filings, regulators' report lines): no sign of who runs it. */
const FILING_HOST = /(?:^|\.)(?:beian\.miit\.gov\.cn|beian\.gov\.cn|miit\.gov\.cn|gsxt\.gov\.cn|12377\.cn|12315\.cn|12321\.cn|cyberpolice\.cn|ccm\.gov\.cn|mct\.gov\.cn|cac\.gov\.cn|shjbzx\.cn|piyao\.org\.cn)$/;
const CONAC_HOST = /(?:^|\.)conac\.cn$/;
const ERROR_REPORT_HOST = /(?:^|\.)kaipuyun\.cn$/;
const OFFICIAL_PARENT_HOST = /(?:^|\.)(?:gov\.cn|gov|mil|gov\.uk|gc\.ca|gov\.au|govt\.nz|gov\.hk|gov\.tw|gov\.sg|go\.jp|gouv\.fr|europa\.eu|[a-z]{2}\.us)$/;

/** The site's own name: the last part of the <title>, or a site-name meta. */
function siteNames(s: Pick<GovernmentSignals, 'title' | 'meta'>): { meta: string[]; title: string } {
  // "Title | Site", "标题_网站", "标题 - 网站"; else the last bare hyphen, as CMSs join them ("标题-网站").
  let parts = s.title.split(/\s[|｜\-–—]\s|[_|｜–—]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) parts = s.title.split(/-(?=[^-]*$)/).map((p) => p.trim()).filter(Boolean);
  return {
    meta: [s.meta.sitename, s.meta['og:site_name'], s.meta['application-name']].filter((v): v is string => Boolean(v)),
    title: parts.length > 1 ? parts[parts.length - 1]! : '',
  };
}

/** Chinese government bodies the text names under a footer label (主办单位：…, 版权所有：…, beside the ICP line). */
export function labelledBodies(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CN_LABELLED_BODY)) if (!NOT_A_NAME.test(m[1]!)) found.push(m[1]!);
  for (const m of text.matchAll(NAME_BEFORE)) {
    const name = nameAtEnd(text.slice(Math.max(0, m.index - NAME_WINDOW), m.index).replace(/\s+$/, ''));
    // A police office beside a 公网安备 number is the filing office, not the site's owner.
    if (name && !(m[1] === undefined && /公安/.test(name))) found.push(name);
  }
  return [...new Set(found)];
}

/** The longest government body's name that ends `text` and has swallowed no other footer words. */
function nameAtEnd(text: string): string {
  for (let start = 0; start < text.length; start++) {
    const name = text.slice(start);
    if (WHOLE_BODY.test(name) && !NOT_A_NAME.test(name)) return name;
  }
  return '';
}

function namesGovernment(name: string): boolean {
  if (COMMERCIAL_SITE_NAME.test(name)) return false;
  if (SPECIAL_BODY_NAME.test(name.replace(/\s*[-–]\s*Official\s+Website$/i, ''))) return true;
  return WHOLE_BODY.test(name) || CN_PORTAL_NAME.test(name) || (GOV_ENTITY_EN.test(name) && !/University|College|School/.test(name));
}

export function judgeGovernmentSite(s: GovernmentSignals): GovernmentVerdict {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, why: string) => {
    score += points;
    reasons.push(`+${points} ${why}`);
  };
  const tail = s.tailText;
  const names = siteNames(s);
  const cms = GOV_CMS.test(tail) || (s.linkHosts ?? []).some((h) => GOV_CMS_HOST.test(h));
  // Cheap literal checks first: most pages have no "official" and no ©, and then the English rules never run.
  const text = `${s.headText}\n${tail}`;
  const official = text.includes('fficial') || s.title.includes('fficial');
  const copyright = /©|opyright|\([cC]\)/.test(tail);

  // The page says whose it is, and it is not a government's.
  const vetoes: string[] = [];
  const commercial = tail.match(COMMERCIAL_FOOTER);
  if (commercial) vetoes.push(`commercial footer (${commercial[0]})`);
  if (!cms && copyright && COMPANY_COPYRIGHT_EN.test(tail)) vetoes.push('a company holds the copyright');
  const brand = [...names.meta, names.title].find((n) => COMMERCIAL_SITE_NAME.test(n));
  if (brand) vetoes.push(`site name ${brand}`);
  if (vetoes.length) return { government: false, score: 0, vetoed: true, reasons: vetoes.map((v) => `veto: ${v}`) };

  // Strong: markings a government site prints about itself.
  if (SITE_ID_CODE.test(tail) || /^[A-Za-z0-9]{10}$/.test(s.meta.siteidcode ?? '')) add(2, 'government site code');
  if (GOV_ERROR_REPORT.test(tail) || (s.linkHosts ?? []).some((h) => ERROR_REPORT_HOST.test(h))) add(2, 'government-site error report');
  if ((s.linkHosts ?? []).some((h) => CONAC_HOST.test(h)) || (s.images ?? []).some((i) => /党政机关|conac/i.test(i))) add(2, '党政机关 mark');
  const bodies = labelledBodies(tail);
  if (bodies.length) add(2, `run by ${bodies[0]}`);
  if (official && (OFFICIAL_WEBSITE_OF.test(text) || PLACE_OFFICIAL_WEBSITE_OF.test(text) || PLACE_OFFICIAL_WEBSITE.test(s.title))) add(2, 'official website of a government');
  if (cms) add(2, 'government CMS');
  if (copyright && (GOV_COPYRIGHT.test(tail) || COUNCIL_COPYRIGHT.test(tail) || CROWN.test(tail))) add(2, 'copyright held by a government');
  else if (copyright && SPECIAL_COPYRIGHT.test(tail)) add(2, 'copyright held by a special district or public authority');
  if (official && !reasons.some((r) => r.includes('official website')) && (SPECIAL_OFFICIAL_WEBSITE.test(text) || SPECIAL_OFFICIAL_WEBSITE.test(s.title))) {
    add(2, 'official website of a special district or public authority');
  }
  if (names.meta.some(namesGovernment)) add(2, 'site name is a government body');

  // Weak: each could be borrowed; two together are not.
  if (names.title && namesGovernment(names.title)) add(1, 'title names a government body');
  if (CN_PORTAL_NAME.test(s.headText)) add(1, 'header names a government portal');
  if (PUBLIC_AGENCY_SELF.test(text) && !/\bnot\s+an?\s+(?:public\s+agency|special|political|unit|public\s+body)/i.test(text)) add(1, 'says it is a public agency');
  if ((s.linkHosts ?? []).some((h) => OFFICIAL_PARENT_HOST.test(h) && !FILING_HOST.test(h))) add(1, 'links to an official domain');
  if ((s.images ?? []).some((i) => /国徽|guohui/i.test(i) || (/\bseal\b/i.test(i) && GOV_ENTITY_EN.test(i) && !/University|College|School/i.test(i)))) {
    add(1, 'government seal');
  } else if ((s.images ?? []).some((i) => /\b(?:logo|seal)\b/i.test(i) && SPECIAL_BODY_ANYWHERE.test(i))) {
    add(1, 'logo of a special district or public authority');
  }
  return { government: score >= GOVERNMENT_THRESHOLD, score, vetoed: false, reasons };
}
