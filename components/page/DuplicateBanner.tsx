import type { Translate } from '../../utils/i18n';

interface Props {
  chars: number;
  shown: boolean;
  t: Translate;
  onToggle: () => void;
}

/** Says that a duplicated body was hidden, how much, and lets the reader see it again. */
export function DuplicateBanner({ chars, shown, t, onToggle }: Props) {
  return (
    <div class="nl-banner" role="status">
      <span>{t('duplicateHidden', { count: chars })}</span>
      <button type="button" data-nl-action="toggle-duplicate" aria-pressed={shown} onClick={onToggle}>
        {shown ? t('hideDuplicate') : t('showDuplicate')}
      </button>
    </div>
  );
}
