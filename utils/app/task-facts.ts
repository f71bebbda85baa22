/**
 * A visit's task facts (issue 15): the extraction on the deduplicated text (utils/tasks/extract.ts), the
 * page-markup attributes kept in step with the reader's corrections (utils/page/mark-tasks.ts), and the list
 * the notice record stores (every directive that names a deadline or a unit, so the library's Tasks view has
 * them once the notice is stored).
 */
import type { NoticeRecord } from '../model';
import type { PageAnalysis } from '../page/analyze';
import { markTaskFacts } from '../page/mark-tasks';
import type { PageSession } from '../session/page-session';
import { correctedFacts } from '../tasks/due';
import { extractTaskFacts } from '../tasks/extract';
import type { TaskFacts } from '../tasks/model';

export interface VisitTasks {
  /** The notice's own facts, one entry per directive. */
  extracted: TaskFacts[];
  /** What the notice record keeps: the directives that name anything. */
  stored: NonNullable<NoticeRecord['tasks']>;
}

/** `publishedFact`: the notice's published date as its facts give it (12月底前 is read against it when it is YYYY-MM-DD). */
export function extractVisitTasks(analysis: PageAnalysis, publishedFact: string): VisitTasks {
  const text = analysis.index?.text ?? '';
  const published = /^\d{4}-\d{2}-\d{2}$/.test(publishedFact) ? publishedFact : '';
  let extracted: TaskFacts[];
  try {
    extracted = extractTaskFacts({ text, directives: analysis.directives, published });
  } catch (e) {
    // A fault in the extraction must not cost the reader the rest of the page.
    console.warn('Notice Lens: task extraction failed', e);
    extracted = analysis.directives.map(() => ({}));
  }
  const stored = extracted.flatMap((f, index) => (f.due || f.lead || f.responsible?.length || f.reportTo ? [{ index, ...f }] : []));
  return { extracted, stored };
}

/** Marks the directives now and whenever the reader's corrections change; returns the function that stops. */
export function followTaskMarks(analysis: PageAnalysis, session: PageSession, extracted: readonly TaskFacts[]): () => void {
  let marked: PageSession['state']['directiveState'] | null = null;
  const mark = () => {
    const corrections = session.state.directiveState;
    if (corrections === marked) return;
    marked = corrections;
    markTaskFacts(analysis.directives, (i) => correctedFacts(extracted[i], corrections[i]));
  };
  mark();
  return session.subscribe(mark);
}
