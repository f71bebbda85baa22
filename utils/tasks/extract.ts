/**
 * Task facts of each directive (deadline, lead unit, responsible units, report-to), from the deduplicated body
 * text. Pure: no DOM, no browser. One entry per directive, in the same order; `{}` when a directive names nothing.
 * Each directive is read from the passage it owns (section.ts): its children's deadlines stay theirs.
 */
import { findDeadline } from './deadline';
import type { TaskFacts, TaskSource } from './model';
import { ownPassages } from './section';
import { findUnits } from './units';

export function extractTaskFacts(source: TaskSource): TaskFacts[] {
  return ownPassages(source).map(({ start, end }) => {
    const passage = source.text.slice(start, end);
    const due = findDeadline(passage, source.published);
    return { ...(due ? { due } : {}), ...findUnits(passage) };
  });
}
