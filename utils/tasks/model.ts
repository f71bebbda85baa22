/**
 * What a directive asks of its reader, beyond its words: by when (a deadline) and who (lead unit, responsible
 * units, whom to report to). Pure data, shared by the extraction (utils/tasks/extract.ts), the page markup
 * (`data-nl-due`, `data-nl-lead`), the panels, the Tasks view and the task exports (Markdown, CSV, iCalendar).
 */

/** A deadline as the notice states it. */
export type Due =
  /** One date: 于2025年11月30日前, 12月底前 (resolved against the publication date), by 15 December 2026. */
  | { kind: 'date'; date: string /* YYYY-MM-DD */; text: string }
  /** A recurring deadline: 每月10日前 → { every: 'month', day: 10 }; 每季度末 → { every: 'quarter' };
   *  每年6月底前 → { every: 'year', month: 6 }; 每周五前 → { every: 'week', day: 5 } (1 = Monday). */
  | { kind: 'recurring'; every: 'week' | 'month' | 'quarter' | 'half-year' | 'year'; day?: number; month?: number; text: string }
  /** A deadline that cannot be a date: 即日起, 自…之日起30日内, within 30 days of …; kept as the text. */
  | { kind: 'relative'; text: string };

/** The task facts of one directive. Every field is optional: most directives name none of them. */
export interface TaskFacts {
  due?: Due;
  /** 牵头单位 / 由…牵头 / 区应急管理局牵头: the unit that leads. */
  lead?: string;
  /** 责任单位 / 配合单位 / 各区县…负责: the units that carry it out, in text order, without the lead. */
  responsible?: string[];
  /** 报送… / 报…: whom the result is reported to. */
  reportTo?: string;
}

/** The input of the extraction: the deduplicated body text and where each directive lies in it. */
export interface TaskSource {
  /** The deduplicated body text (the same text the directives were found in). */
  text: string;
  /** The directives in text order: their start offset, the end of their lead sentence, and their level (1 = outermost). */
  directives: ReadonlyArray<{ start: number; leadEnd: number; level: number }>;
  /** The notice's publication date (YYYY-MM-DD) that 月底 / 年底 / 季度末 resolve against; '' when unknown. */
  published: string;
}
