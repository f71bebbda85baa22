/**
 * The page-markup contract's task attributes (README): `data-nl-due="YYYY-MM-DD"` on a directive when one date
 * applies, `data-nl-lead="…"` when a lead unit is named; the facts given are the notice's with the reader's
 * corrections applied (utils/tasks/due.ts), so a correction shows in the markup too. DOM only: the caller
 * says what the facts are.
 */
import { dueDate } from '../tasks/due';
import type { TaskFacts } from '../tasks/model';

function setOrRemove(el: Element, name: string, value: string | null | undefined): void {
  if (!value) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Marks each directive element with its facts (an attribute whose value is unchanged is not written again). */
export function markTaskFacts(directives: readonly { element: Element }[], factsAt: (index: number) => TaskFacts): void {
  directives.forEach((d, i) => {
    const facts = factsAt(i);
    setOrRemove(d.element, 'data-nl-due', dueDate(facts.due));
    setOrRemove(d.element, 'data-nl-lead', facts.lead);
  });
}
