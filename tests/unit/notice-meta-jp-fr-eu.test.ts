import { describe, expect, it } from 'vitest';
import { englishDocNumber, madeDate } from '../../utils/text/document-marks';
import { enactingBody } from '../../utils/text/act-marks';

describe("a European act's own marks", () => {
  it('its number, from the heading its title begins with', () => {
    expect(englishDocNumber('COMMISSION IMPLEMENTING REGULATION (EU) 2024/805')).toBe('2024/805');
    expect(englishDocNumber('Council Decision (CFSP) 2024/123 of 8 January 2024')).toBe('2024/123');
    expect(englishDocNumber('REGULATION (EU) No 1025/2012 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL')).toBe('1025/2012');
    expect(englishDocNumber('DIRECTIVE (EU) 2019/1937 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 23 October 2019')).toBe('2019/1937');
  });
  it('a sentence citing an act, or a regulation without its series, gives no number', () => {
    expect(englishDocNumber('Having regard to Regulation (EU) 2023/988 of the European Parliament and of the Council')).toBe('');
    expect(englishDocNumber('Regulation 2024/805')).toBe('');
  });
  it('its date, from 「Done at Brussels, …」', () => {
    expect(madeDate('Done at Brussels, 12 March 2024.')).toBe('2024-03-12');
    expect(madeDate('Done at Luxembourg, 3 June 2024')).toBe('2024-06-03');
    expect(madeDate('Done at the request of the Member State.')).toBe(null);
  });
  it('the body enacting it, named before its citations', () => {
    expect(enactingBody('THE EUROPEAN COMMISSION,', 'Having regard to the Treaty on the Functioning of the European Union,')).toBe('European Commission');
    expect(enactingBody('THE COUNCIL OF THE EUROPEAN UNION,', 'Having regard to the Treaty on European Union,')).toBe('Council of the European Union');
    expect(enactingBody('THE EUROPEAN COMMISSION,', 'Whereas:')).toBe('');
    expect(enactingBody('The European Commission,', 'Having regard to the Treaty')).toBe('');
  });
});

describe("a French act's own marks", () => {
  it('its NOR is its number; a sentence naming one is not', () => {
    expect(englishDocNumber('NOR : AGRT2409126A')).toBe('AGRT2409126A');
    expect(englishDocNumber('NOR: INTA2412345J')).toBe('INTA2412345J');
    expect(englishDocNumber('NOR de l’arrêté cité : voir annexe')).toBe('');
  });
  it('「Fait le …」 and 「Fait à …, le …」 give the date it was made', () => {
    expect(madeDate('Fait le 5 avril 2024.')).toBe('2024-04-05');
    expect(madeDate('Fait à Bordeaux, le 12 juillet 2024')).toBe('2024-07-12');
    expect(madeDate('Fait le nécessaire pour informer les usagers.')).toBe(null);
  });
});

describe('dates of the Japanese era and in French', () => {
  it('令和 and 平成 years, half-width, full-width or kanji figures', async () => {
    const { normalizeDate } = await import('../../utils/text/notice-meta');
    expect(normalizeDate('令和6年3月15日')).toBe('2024-03-15');
    expect(normalizeDate('令和６年３月１５日')).toBe('2024-03-15');
    expect(normalizeDate('令和六年三月十五日')).toBe('2024-03-15');
    expect(normalizeDate('令和元年5月1日')).toBe('2019-05-01');
    expect(normalizeDate('平成31年4月30日')).toBe('2019-04-30');
    expect(normalizeDate('令和の時代')).toBe('');
  });
  it('French months, 1er, accents or none', async () => {
    const { normalizeDate } = await import('../../utils/text/notice-meta');
    expect(normalizeDate('Publié le 1er juin 2024')).toBe('2024-06-01');
    expect(normalizeDate('le 12 juillet 2024')).toBe('2024-07-12');
    expect(normalizeDate('3 fevrier 2025')).toBe('2025-02-03');
    expect(normalizeDate('15 décembre 2024')).toBe('2024-12-15');
    expect(normalizeDate('5 août 2024')).toBe('2024-08-05');
    expect(normalizeDate('en mars 2024')).toBe('');
  });
});
