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

describe('lettered parts in English: the U.S. federal outline I. > A. > 1. > a.', () => {
  it('a Federal Register notice\'s parts under its roman headings', () => {
    const text = [
      'SUPPLEMENTARY INFORMATION:', 'I. Background', 'The agency published the draft on March 4, 2025.',
      'II. Request for Comments', 'The agency asks for comments on the following topics.',
      'A. Planning Process', 'How can the Guide better support small communities?',
      'B. Flood Risk Data', '1. Which sources of data do communities use?', '2. How should communities assess their risk?',
      'Dated: March 7, 2025.',
    ].join('\n');
    expect(outline(text)).toEqual(['1 I.', '1 II.', '2 A.', '2 B.', '3 1.', '3 2.']);
  });
  it('「A. Background」, 「B. Decision」 without roman headings are the outermost parts', () => {
    const text = ['A. Background', 'The council agreed the plan.', 'B. Decision', 'The plan is approved.'].join('\n');
    expect(outline(text)).toEqual(['1 A.', '1 B.']);
  });
  it('an agency memo\'s 1. > A.: letters used inside numbered sections go under them', () => {
    const memo = ['MEMORANDUM', '1. Eligibility', 'A. Applicants must be counties.', 'B. Funds may pay for equipment.', '2. Deadline', 'Applications are due May 1.'].join('\n');
    expect(outline(memo)).toEqual(['1 1.', '2 A.', '2 B.', '1 2.']);
  });
  it('initials and a FAQ\'s answers are no parts', () => {
    const signed = ['The plan is approved.', 'A. B. Smith', 'Director of Planning'].join('\n');
    expect(outline(signed)).toEqual([]);
    const faq = ['Q. Who may apply?', 'A. Any county in the state.', 'Q. When is the deadline?', 'A. The deadline is May 12, 2025.'].join('\n');
    expect(outline(faq)).toEqual([]);
  });
});
