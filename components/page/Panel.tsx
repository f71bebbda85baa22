import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import { DuplicateBanner } from './DuplicateBanner';
import { Outline, type OutlineItem } from './Outline';

export interface PanelProps {
  t: Translate;
  items: OutlineItem[];
  /** Characters hidden as a duplicate, or null when nothing was hidden. */
  duplicateChars: number | null;
  onJump: (index: number) => void;
  onToggleDuplicate: (show: boolean) => void;
}

/** The in-page panel: duplicate banner and directive outline, collapsible. */
export function Panel({ t, items, duplicateChars, onJump, onToggleDuplicate }: PanelProps) {
  const [open, setOpen] = useState(true);
  const [dupShown, setDupShown] = useState(false);
  if (!open) {
    return (
      <button type="button" class="nl-launcher" aria-label={t('expand')} title={t('expand')} onClick={() => setOpen(true)}>
        {t('appName')} · {items.length}
      </button>
    );
  }
  return (
    <section class="nl-panel" aria-label={t('appName')}>
      <header class="nl-header">
        <strong>{t('appName')}</strong>
        <button type="button" class="nl-close" aria-label={t('collapse')} title={t('collapse')} onClick={() => setOpen(false)}>
          ×
        </button>
      </header>
      {duplicateChars !== null && (
        <DuplicateBanner
          chars={duplicateChars}
          shown={dupShown}
          t={t}
          onToggle={() => {
            onToggleDuplicate(!dupShown);
            setDupShown(!dupShown);
          }}
        />
      )}
      <h2 class="nl-title">
        {t('outline')} <small>{t('directiveCount', items.length)}</small>
      </h2>
      <Outline items={items} t={t} onJump={onJump} />
    </section>
  );
}
