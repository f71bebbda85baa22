import type { Translate } from '../../utils/i18n';
import { READING_FONT_STEPS, READING_WIDTHS, stepFont, type ReadingLook, type ReadingWidth } from '../../utils/page/reading-look';

interface Props {
  t: Translate;
  look: ReadingLook;
  onChange: (look: ReadingLook) => void;
  onPrint: () => void;
}

const WIDTH_TEXT = { narrow: 'readingNarrow', medium: 'readingMedium', wide: 'readingWide' } as const;
const WIDTH_NAMES = Object.keys(READING_WIDTHS) as ReadingWidth[];

/**
 * The reading view's controls in the panel: the toggle (a pressed button), and while it is on the font size
 * (A− / A+, stepping through READING_FONT_STEPS), the column width and print.
 */
export function ReadingBar({ t, look, onChange, onPrint }: Props) {
  const smallest = look.fontPx === READING_FONT_STEPS[0];
  const largest = look.fontPx === READING_FONT_STEPS[READING_FONT_STEPS.length - 1];
  return (
    <div class="nl-reading" role="group" aria-label={t('readingView')}>
      <button type="button" class="nl-text-button" data-nl-action="reading" aria-pressed={look.on} title={t('readingViewTitle')}
        onClick={() => onChange({ ...look, on: !look.on })}>
        {t('readingView')}
      </button>
      {look.on && (
        <>
          <button type="button" class="nl-text-button" data-nl-action="reading-smaller" aria-label={t('readingSmaller')} title={t('readingSmaller')}
            aria-disabled={smallest} onClick={() => smallest || onChange({ ...look, fontPx: stepFont(look.fontPx, -1) })}>A−</button>
          <button type="button" class="nl-text-button" data-nl-action="reading-larger" aria-label={t('readingLarger')} title={t('readingLarger')}
            aria-disabled={largest} onClick={() => largest || onChange({ ...look, fontPx: stepFont(look.fontPx, 1) })}>A+</button>
          <select class="nl-status" data-nl-action="reading-width" aria-label={t('readingWidth')} title={t('readingWidth')} value={look.width}
            onChange={(e) => onChange({ ...look, width: (e.currentTarget as HTMLSelectElement).value as ReadingWidth })}>
            {WIDTH_NAMES.map((w) => <option key={w} value={w}>{t(WIDTH_TEXT[w])}</option>)}
          </select>
          <button type="button" class="nl-text-button" data-nl-action="print" title={t('readingPrintTitle')} onClick={onPrint}>{t('readingPrint')}</button>
        </>
      )}
    </div>
  );
}
