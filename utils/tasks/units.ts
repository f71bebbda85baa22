/**
 * Who a passage names, and in what role (utils/tasks/model.ts `TaskFacts`). Pure.
 *
 * Only a role makes a unit a lead: 牵头单位：X; 由X牵头; X牵头，Y配合 (also （X牵头，…按职责分工负责）).
 * 责任单位 / 配合单位 / X配合 / X负责 / 各区县…负责 name the responsible units; 报送X / 报X whom to report to.
 * A unit is a name ending as units end (局, 厅, 委, 办公室, 部, 署, 中心, 人民政府, 领导小组, 处, 科 …):
 * 支持链主企业牵头, 由政府主要负责同志牵头 and 各牵头单位 name no unit; units listed without a role
 * (区财政局、区发展改革委要统筹…) are not the lead.
 */
import type { TaskFacts } from './model';

const UNIT_END = /(?:局|厅|委|办|部|院|署|室|中心|政府|小组|委员会|处|科|股|站|所|队|公司|街道|办事处|管委会|司|行|社|馆|集团)$/;
const NAME_CHAR = /[\u4e00-\u9fff×、]/;

export function isUnitName(name: string): boolean {
  return name.length >= 2 && name.length <= 30 && UNIT_END.test(name) && !/同志|负责人|单位$/.test(name);
}

/** The name written just before `index`, back to the clause's start, after its last 由. */
function nameBefore(s: string, index: number): string {
  let from = index;
  while (from > 0 && index - from < 60 && NAME_CHAR.test(s[from - 1]!)) from--;
  const name = s.slice(from, index);
  const by = name.lastIndexOf('由');
  return (by >= 0 ? name.slice(by + 1) : name).replace(/^、+|、+$/g, '');
}

/** 各区县, 各乡镇人民政府, 各有关单位: the units a notice addresses as a whole (各成员单位要各司其职 is not one). */
const COLLECTIVE = /^各[\u4e00-\u9fff（）]{1,12}?(?:单位|部门|地|区县|县区|乡镇|街道|市|县|区|镇|村|社区|局|委|办|政府|办事处|企业|学校|高校)$/;
const parts = (list: string) => list.split(/[、，,]/).map((x) => x.trim()).filter(Boolean);
const allUnits = (list: string) => parts(list).length > 0 && parts(list).every(isUnitName);

function findLead(s: string): { lead: string; at: number } | undefined {
  const found: { lead: string; at: number }[] = [];
  for (const m of s.matchAll(/牵头单位[：:]\s*([^；;。，,\n（(]+)/g)) {
    const name = m[1]!.trim();
    if (allUnits(name)) found.push({ lead: name, at: m.index });
  }
  for (const m of s.matchAll(/牵头(?!单位)/g)) {
    const name = nameBefore(s, m.index);
    if (!name.startsWith('各') && allUnits(name)) found.push({ lead: name, at: m.index - name.length });
  }
  return found.sort((a, b) => a.at - b.at)[0];
}

function findResponsible(s: string, lead: string | undefined): string[] {
  const named: string[] = [];
  for (const m of s.matchAll(/(?:责任单位|配合单位|参与单位|协办单位)[：:]\s*([^；;。\n（(]+)/g)) named.push(...parts(m[1]!));
  for (const m of s.matchAll(/(?:配合|按职责分工负责|负总责|负责)(?!制|人|同志)/g)) named.push(...parts(nameBefore(s, m.index)));
  const leads = new Set(lead ? parts(lead) : []);
  const units = named.filter((n) => (isUnitName(n) || COLLECTIVE.test(n)) && !leads.has(n));
  return [...new Set(units)];
}

function findReportTo(s: string): string | undefined {
  for (const m of s.matchAll(/(?:报送|上报|报告|抄报|报)(?:至|给)?/g)) {
    let end = m.index + m[0].length;
    while (end < s.length && end - m.index < 34 && /[\u4e00-\u9fff]/.test(s[end]!)) end++;
    const name = s.slice(m.index + m[0].length, end).replace(/(?:备案|审核|审批|审定|汇总)$/, '');
    // 自查报告报送办公室: the 报告 is the thing reported; the 报送 after it names the unit.
    if (isUnitName(name) && !/^[送告报]/.test(name)) return name;
  }
  return undefined;
}

/** The lead, responsible units and report-to target a passage names; absent fields when it names none. */
export function findUnits(passage: string): Omit<TaskFacts, 'due'> {
  const lead = findLead(passage)?.lead;
  const responsible = findResponsible(passage, lead);
  const reportTo = findReportTo(passage);
  return { ...(lead ? { lead } : {}), ...(responsible.length ? { responsible } : {}), ...(reportTo ? { reportTo } : {}) };
}
