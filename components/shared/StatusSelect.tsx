import type { Translate } from '../../utils/i18n';
import { DIRECTIVE_STATUSES, type DirectiveStatus } from '../../utils/model';

const LABEL = { todo: 'statusTodo', doing: 'statusDoing', done: 'statusDone' } as const;

interface Props {
  value: DirectiveStatus | undefined;
  label: string;
  t: Translate;
  onChange: (status: DirectiveStatus | undefined) => void;
}

/** A directive's status as a native select: keyboard and screen-reader friendly for free. */
export function StatusSelect({ value, label, t, onChange }: Props) {
  return (
    <select class="nl-status" data-nl-action="directive-status" aria-label={label} value={value ?? ''}
      data-status={value ?? ''}
      onChange={(e) => onChange(((e.target as HTMLSelectElement).value || undefined) as DirectiveStatus | undefined)}>
      <option value="">{t('statusNone')}</option>
      {DIRECTIVE_STATUSES.map((s) => <option key={s} value={s}>{t(LABEL[s])}</option>)}
    </select>
  );
}

export function statusLabel(t: Translate, s: DirectiveStatus): string {
  return t(LABEL[s]);
}
