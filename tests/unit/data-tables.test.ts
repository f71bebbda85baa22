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
