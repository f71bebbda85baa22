import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const outline = (text: string) => findDirectives(text).map((d) => `${d.level} ${d.ordinal}`);

describe('a French arrêté: Art. 1er. – I. –, 1°, a)', () => {
  const arrete = [
    'Le ministre de l’agriculture et de la souveraineté alimentaire,',
    'Vu le code rural et de la pêche maritime, notamment son article L. 201-1 ;',
    'Considérant la situation sanitaire des élevages,',
    'Arrête :',
    'Art. 1er. – I. – Le présent arrêté fixe les conditions de l’aide.',
    'II. – L’aide est attribuée par l’établissement mentionné à l’article 3.',
    'Art. 2. – Sont éligibles les exploitants qui remplissent les conditions suivantes :',
    '1° Exercer une activité d’élevage ;',
    '2° Détenir un cheptel au 1er janvier 2024.',
    'Art. 3. – Le montant de l’aide est fixé :',
    '1° Pour chaque bovin :',
    'a) 2 000 € pour un animal mort ;',
    'b) 500 € pour un animal malade.',
    '2° Pour chaque ovin, à 100 €.',
    'Fait le 5 avril 2024.',
  ].join('\n');
  it('nests articles, their parts and enumerations; the article cited in a sentence is no item', () => {
    expect(outline(arrete)).toEqual(['1 Art. 1er.', '2 I.', '2 II.', '1 Art. 2.', '2 1°', '2 2°', '1 Art. 3.', '2 1°', '3 a)', '3 b)', '2 2°']);
  });
  it('a préfet’s 「Article 1er – Objet」 headings', () => {
    const text = ['ARRÊTE :', 'Article 1er – Objet', 'Le présent arrêté définit les mesures de restriction des usages de l’eau.', 'Article 2 – Mesures', 'Les mesures suivantes sont applicables dans les communes du département :', '1. L’arrosage des jardins est interdit.', '2. Le lavage des véhicules est interdit.'].join('\n');
    expect(outline(text)).toEqual(['1 Article 1er', '1 Article 2', '2 1.', '2 2.']);
  });
});

describe('an English page keeps its reading', () => {
  it('「A. Background」 and 「I. Introduction」 in English are not read as French parts', () => {
    const text = ['A. Background', 'The council agreed the plan.', 'B. Decision', 'The plan is approved.'].join('\n');
    expect(outline(text)).toEqual([]);
  });
});
