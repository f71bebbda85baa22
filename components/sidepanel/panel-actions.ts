/**
 * The side panel's writes, all through the typed message API. Directive status
 * and notes live on a "directive" annotation, created on first use exactly as
 * the in-page panel does (but without selectors: the side panel cannot see the
 * page text; the directive reference is what places it).
 */
import type { NoteApi } from '../../components/note/NoteEditor';
import { newId } from '../../utils/id';
import type { Annotation, DirectiveRef, DirectiveStatus } from '../../utils/model';
import { sendFromExtension } from '../../utils/store/client';
import type { AnnotationInput } from '../../utils/store/messages';

function valueOf<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Input that re-saves a stored annotation unchanged except for `changes` (the note is kept unless given). */
export function inputOf(a: Annotation, changes: Partial<AnnotationInput> = {}): AnnotationInput {
  const { created: _c, modified: _m, note: _n, ...rest } = a;
  return { ...rest, ...changes };
}

export async function put(input: AnnotationInput): Promise<Annotation> {
  return valueOf(await sendFromExtension({ type: 'annotation/put', annotation: input }));
}

/** The directive annotation for `ref`, created when there is none yet. */
export async function ensureDirective(page: string, existing: Annotation | undefined, ref: DirectiveRef): Promise<Annotation> {
  if (existing) return existing;
  return put({ id: newId(), page, kind: 'directive', selectors: [], directive: ref, tags: [] });
}

export async function setDirectiveStatus(page: string, existing: Annotation | undefined, ref: DirectiveRef, status: DirectiveStatus | undefined): Promise<void> {
  if (existing) await put(inputOf(existing, { status }));
  else if (status) await put({ id: newId(), page, kind: 'directive', selectors: [], directive: ref, tags: [], status });
}

export async function createPageNote(page: string): Promise<Annotation> {
  return put({ id: newId(), page, kind: 'page-note', selectors: [], tags: [] });
}

async function fetchOne(page: string, id: string): Promise<Annotation | null> {
  const r = await sendFromExtension({ type: 'annotations/list', page });
  return r.ok ? (r.value.find((a) => a.id === id) ?? null) : null;
}

/**
 * A NoteEditor backend for one annotation. The editor holds the copy it loaded;
 * meanwhile the reader may recolour the highlight in the page, set the status in
 * the outline, or re-attach it. So each save starts from the stored annotation
 * and applies only what the editor changed (note, tags, and colour/status when
 * the editor itself changed them).
 */
export function noteApi(page: string, id: string, onClose: () => void): NoteApi {
  let seen: { color?: Annotation['color']; status?: DirectiveStatus } = {};
  return {
    load: async () => {
      const a = await fetchOne(page, id);
      if (a) seen = { color: a.color, status: a.status };
      return a;
    },
    save: async (input) => {
      const stored = await fetchOne(page, id);
      if (!stored) throw new Error('gone');
      const color = input.color !== seen.color ? input.color : stored.color;
      const status = input.status !== seen.status ? input.status : stored.status;
      seen = { color: input.color, status: input.status };
      await put(inputOf(stored, { note: input.note ?? '', tags: input.tags, color, status }));
    },
    close: onClose,
  };
}
