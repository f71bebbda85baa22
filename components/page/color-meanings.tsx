/**
 * The reader's named colours (黄 = 重点 …) for the in-page toolbar and highlight menu. The page's wiring
 * (utils/app/visit.tsx) hands in a `follow` function over the settings; these components never see storage.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Color } from '../../utils/model';
import type { PlainKey, Translate } from '../../utils/i18n';
import type { ColorMeanings } from '../../utils/reader-settings';

/** Each colour's name in the catalog (re-exported by SelectionToolbar, where other components import it). */
export const COLOR_LABEL: Record<Color, PlainKey> = {
  yellow: 'colorYellow', green: 'colorGreen', blue: 'colorBlue', pink: 'colorPink', purple: 'colorPurple',
};

const MeaningsContext = createContext<ColorMeanings>({});

/** Subscribes `on` to the meanings as they change; returns the unsubscribe. */
export type FollowMeanings = (on: (m: ColorMeanings) => void) => () => void;

export function ColorMeaningsProvider({ follow, children }: { follow: FollowMeanings; children: ComponentChildren }) {
  const [meanings, setMeanings] = useState<ColorMeanings>({});
  useEffect(() => follow(setMeanings), [follow]);
  return <MeaningsContext.Provider value={meanings}>{children}</MeaningsContext.Provider>;
}

export function useColorMeanings(): ColorMeanings {
  return useContext(MeaningsContext);
}

/** "黄色：重点" when the reader named the colour, else "黄色". */
export function colorLabel(t: Translate, c: Color, meanings: ColorMeanings): string {
  const meaning = meanings[c];
  return meaning ? t('colorWithMeaning', { color: t(COLOR_LABEL[c]), meaning }) : t(COLOR_LABEL[c]);
}
