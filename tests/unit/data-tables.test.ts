/**
 * Rows of a data table inside the notice are the table's data, however they are numbered: a 政府信息公开年度报告's
 * standard table (一、本年新收… / （一）予以公开 / 1.属于国家秘密) must neither be outlined nor break the runs of the
 * report's own 一、二、三、 around it. A layout table that holds the whole body is no data table.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze';
import { maskRanges } from '../../utils/text/mask-ranges';

const SETTINGS = { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true };

const REPORT_TABLE = `<table class="MsoNormalTable" border="1">
<tr><td colspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr>
<tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>18</td><td>3</td><td>21</td></tr>
<tr><td colspan="2">二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>1</td></tr>
<tr><td rowspan="3">三、本年度办理结果</td><td>（一）予以公开</td><td>9</td><td>2</td><td>11</td></tr>
<tr><td>（二）部分公开</td><td>3</td><td>0</td><td>3</td></tr>
<tr><td>（三）不予公开 1.属于国家秘密</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="2">四、结转下年度继续办理</td><td>1</td><td>0</td><td>1</td></tr>
</table>`;

const report = (between: string) => `<!doctype html><html><head><title>德清县人民政府2024年政府信息公开工作年度报告_德清县人民政府</title></head><body>
<div class="header">德清县人民政府 首页 政务公开 政务服务</div>
<table class="layout" width="1000"><tr><td class="menu"><a href="/">首页</a><br><a href="/zwgk/">政务公开</a></td><td class="content">
<h1>德清县人民政府2024年政府信息公开工作年度报告</h1>
<div class="info">发布日期：2025-01-20 来源：县政府办公室</div>
<div class="article">
<p>本报告依据《中华人民共和国政府信息公开条例》的规定编制，内容包括总体情况、主动公开政府信息情况等。</p>
<p>一、总体情况</p>
<p>（一）主动公开。全年主动公开政府信息3216条，其中政策文件86件，政策解读42篇。</p>
<p>（二）依申请公开。全年收到政府信息公开申请21件，均在法定期限内答复。</p>
<p>二、收到和处理政府信息公开申请情况</p>
${between}
<p>三、政府信息公开行政复议、行政诉讼情况</p>
<p>全年未发生因政府信息公开引起的行政复议和行政诉讼。</p>
<p>四、存在的主要问题及改进情况</p>
<p>一是政策解读形式较为单一；二是部分部门信息更新不够及时。下一步，我们将加强培训，提升公开质量。</p>
<p>五、其他需要报告的事项</p>
<p>本年度未收取信息处理费。</p>
</div></td></tr></table>
<div class="footer">主办单位：德清县人民政府办公室 网站标识码3305210001 浙ICP备05002233号</div></body></html>`;

function directivesOf(html: string): string[] {
  const win = new Window({ url: 'https://www.deqing.gov.cn/art/2025/1/20/art_1.html', settings: SETTINGS });
  const doc = win.document as unknown as Document;
  doc.write(html);
  return analyzePage(doc).directives.map((d) => `${d.level} ${d.ordinal}`);
}

const OWN = ['1 一、', '2 （一）', '2 （二）', '1 二、', '1 三、', '1 四、', '2 一是', '2 二是', '1 五、'];

describe("a report's data table inside a body laid out in a table", () => {
  it('the report\'s own headings, around the table, all of them', () => {
    expect(directivesOf(report(REPORT_TABLE))).toEqual(OWN);
  });
  it('the same as the report without the table', () => {
    expect(directivesOf(report(''))).toEqual(OWN);
  });
});

describe('masking keeps the offsets', () => {
  it('turns the ranges into spaces, line breaks kept', () => {
    expect(maskRanges('一、甲\n1.乙\n二、丙', [[4, 7]])).toBe('一、甲\n   \n二、丙');
    expect(maskRanges('abc', [])).toBe('abc');
  });
});

const plan = (box: string) => `<!doctype html><html><head><title>渭南市数字经济高质量发展行动方案_渭南市人民政府</title></head><body>
<div class="header">渭南市人民政府 首页 政务公开</div>
<div class="article"><h1>渭南市数字经济高质量发展行动方案</h1><div class="info">发布日期：2025-05-12 来源：市政府办公室</div>
<div class="content">
<p style="text-indent:2em;">为加快数字经济高质量发展，结合我市实际，制定本方案。</p>
<p style="text-indent:2em;">一、重点任务</p>
<p style="text-indent:2em;">（一）推动产业数字化转型</p>
<p style="text-indent:2em;">1.实施制造业数字化转型行动。开展中小企业数字化转型城市试点，每年实施数字化改造项目100个以上。（牵头单位：市工业和信息化局）</p>
<p style="text-indent:2em;">2.推进工业互联网创新应用。推动工业互联网标识解析二级节点升级至2.0版，接入企业不少于300家。（牵头单位：市工业和信息化局）</p>
<p style="text-indent:2em;">3.发展智慧农业。建设数字果园、数字养殖场和农业物联网示范基地。（牵头单位：市农业农村局）</p>
${box}
<p style="text-indent:2em;">（二）提升数字政府效能</p>
<p style="text-indent:2em;">1.深化“一网通办”。推进政务服务事项全流程网上办理，线上办理率达到90%以上。（牵头单位：市政务服务和大数据管理局）</p>
<p style="text-indent:2em;">2.推进“一网统管”。建设城市运行管理服务平台，实现城市运行“一屏统览”。（牵头单位：市城市管理执法局）</p>
<p style="text-indent:2em;">二、保障措施</p>
<p style="text-indent:2em;">各县（市、区）、各部门要加强组织领导，细化工作措施，确保各项任务落到实处。</p>
</div></div>
<div class="footer">主办单位：渭南市人民政府办公室 网站标识码6105000001</div></body></html>`;

const cells = (first: string, lines: string[]) => `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%"><tbody>
<tr><td style="font-weight:bold;text-align:center">${first}</td></tr>
${lines.map((l) => `<tr><td>${l}</td></tr>`).join('\n')}
</tbody></table>`;
const PROJECTS = ['1.中小企业数字化转型试点工程：遴选200家中小企业开展数字化改造。', '2.工业互联网平台培育工程：培育市级工业互联网平台5个。', '3.数字乡村示范工程：创建数字乡村示范村50个。'];
const PLAN_OWN = ['1 一、', '2 （一）', '3 1.', '3 2.', '3 3.', '2 （二）', '3 1.', '3 2.', '1 二、'];

describe("a plan's 专栏 box, a table of one column", () => {
  it('lists projects beside the outline: none of its lines is an item', () => {
    expect(directivesOf(plan(cells('专栏2　产业数字化转型重点工程', PROJECTS)))).toEqual(PLAN_OWN);
    expect(directivesOf(plan(''))).toEqual(PLAN_OWN);
  });

  it('a one-column table that names no box keeps the numbered lines it frames', () => {
    const framed = cells('4.建设数字乡村。推进农产品生产加工全过程数字化。', ['5.培育数字人才。每年培训数字技能人才2000人次。']);
    expect(directivesOf(plan(framed))).toEqual(['1 一、', '2 （一）', '3 1.', '3 2.', '3 3.', '3 4.', '3 5.', '2 （二）', '3 1.', '3 2.', '1 二、']);
  });
});
