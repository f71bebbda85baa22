import { useEffect, useState } from 'preact/hooks';
import { COLORS, type Color } from '../../utils/model';
import type { Translate } from '../../utils/i18n';
import { MEANING_MAX_CHARS, readReaderSettings, writeReaderSettings, type ColorMeanings, type SettingsStorage } from '../../utils/reader-settings';
import { COLOR_LABEL } from '../page/color-meanings';
import { HIGHLIGHT_FILL } from '../../utils/page/mark-palette';

/**
 * "What each colour means": one short name per highlight colour (黄 = 重点, 蓝 = 疑问 …), none by default.
 * Saved when a field is left or Enter is pressed; the stored value is the cleaned one (reader-settings.ts).
 */
export function ColorMeaningsSettings({ t, area }: { t: Translate; area: SettingsStorage }) {
  const [meanings, setMeanings] = useState<ColorMeanings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readReaderSettings(area).then((s) => setMeanings(s.colorMeanings), () => setMeanings({}));
  }, [area]);

  const save = (c: Color, value: string) => {
    const next = { ...meanings, [c]: value };
    setSaved(false);
    void writeReaderSettings(area, { colorMeanings: next }).then((s) => {
      setMeanings(s.colorMeanings);
      setSaved(true);
    });
  };

  return (
    <section class="opt-meanings" aria-labelledby="opt-meanings-title">
      <h2 id="opt-meanings-title">{t('optColorMeanings')}</h2>
      <p class="nl-muted">{t('optColorMeaningsHint')}</p>
      {COLORS.map((c) => (
        <label key={c} class="opt-meaning">
          <span class="opt-swatch" style={{ background: HIGHLIGHT_FILL.light[c] }} aria-hidden="true" />
          <span class="opt-color-name">{t(COLOR_LABEL[c])}</span>
          <input type="text" data-nl-field="color-meaning" data-nl-color={c} maxLength={MEANING_MAX_CHARS}
            disabled={meanings === null} value={meanings?.[c] ?? ''} placeholder={t('optColorMeaningPlaceholder')}
            aria-label={t('optColorMeaningLabel', { color: t(COLOR_LABEL[c]) })}
            onChange={(e) => save(c, (e.target as HTMLInputElement).value)} />
        </label>
      ))}
      <p class="nl-muted" role="status" data-nl-save-state={saved ? 'saved' : ''}>{saved ? t('optSaved') : ''}</p>
    </section>
  );
}
