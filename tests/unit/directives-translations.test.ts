import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const outline = (text: string) => findDirectives(text).map((d) => `${d.level} ${d.ordinal}`);

describe('an English translation of a Chinese policy: I. > (I) > 1. > (1)', () => {
  const opinion = [
    'The following opinions are hereby put forward on promoting high-quality development of the silver economy.',
    'I. General requirements',
    '(I) Guiding principles. We will follow a people-centered approach and meet diverse needs.',
    '(II) Main objectives. By 2027, a batch of leading enterprises will take shape.',
    'II. Improving services for the elderly',
    '(III) Expanding meal services. We will improve community canteens. The main tasks are:',
    '1. Building canteens in urban communities.',
    '2. Encouraging restaurants to offer meals for the elderly:',
    '(1) Giving discounts to residents over 80 years old;',
    '(2) Delivering meals to those who live alone.',
    '(IV) Developing home-based care. Services will reach 90 percent of urban communities by 2027, for the first time.',
    'III. Strengthening support',
    '(V) Fiscal policies. Funds will be raised through multiple channels, as provided in Article 3 of the Regulations.',
    'State Council',
    'January 11, 2024',
  ].join('\n');
  it('nests the parts, the bracketed Roman items numbered through the text, and their lists', () => {
    expect(outline(opinion)).toEqual([
      '1 I.', '2 (I)', '2 (II)', '1 II.', '2 (III)', '3 1.', '3 2.', '4 (1)', '4 (2)', '2 (IV)', '1 III.', '2 (V)',
    ]);
  });
});

describe('an English announcement closing with its annexes', () => {
  const announcement = [
    'The relevant matters are hereby announced as follows:',
    '1. Importers shall apply for licenses through the online platform.',
    '2. Applications shall include the following materials:',
    '(1) a copy of the business license;',
    '(2) the import contract.',
    '3. This announcement shall come into force on May 1, 2024.',
    'Annexes: 1. List of Goods Subject to Automatic Import Licensing',
    '2. Application Form for Automatic Import Licenses',
    'General Administration of Customs',
    'April 2, 2024',
  ].join('\n');
  it('lists the items; the annexes are no items', () => {
    expect(outline(announcement)).toEqual(['1 1.', '1 2.', '2 (1)', '2 (2)', '1 3.']);
  });
  it('an Annex: line of its own, then the files', () => {
    const text = [...announcement.split('\n').slice(0, 6), 'Annex:', '1. List of Goods', '2. Application Form'].join('\n');
    expect(outline(text)).toEqual(['1 1.', '1 2.', '2 (1)', '2 (2)', '1 3.']);
  });
});
