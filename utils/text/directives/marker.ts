/**
 * What a numbering family is and the small helpers every family table uses.
 * A matcher only says "a marker of this family is written at i"; whether it
 * stands at a list position, and whether it belongs to a run of consecutive
 * items, is decided by the scanner and the run builder.
 */

export interface MarkerMatch {
  family: string;
  ordinal: string;
  markerEnd: number;
  number: number;
  /** 最后 / Finally: takes whatever number continues the open run, and ends it. */
  wildcard: boolean;
  /** Items sharing a key form one run, so 1.1 1.2 and 2.1 2.2 never mix. */
  runKey: string;
  /** One of two readings of the same marker ((i): letter or Roman): a misfit is skipped, not a break. */
  soft: boolean;
  /**
   * The marker is followed by a number (`2.3个工作日内…` is item 2 or the decimal 2.3):
   * it only counts at the start of a paragraph, inside a run that has firm items too.
   */
  tentative: boolean;
}

export interface FamilyDef {
  id: string;
  /** Document headings nest by rank (GB/T 9704 order); narrative lists sit under them. */
  doc: boolean;
  rank: number;
  /**
   * Narrative markers may also follow a comma ("王书记要求，一要…"); 首先 only after
   * a lead-in verb ("会议强调，首先，…"); headings never do.
   */
  afterComma: boolean | 'lead-in';
  /** A family whose run this one may continue when the number is next (一要…四要, 五是). */
  partner?: string;
  /** Only at the start of a paragraph (PART 1, SCHEDULE 2, § 3.). */
  blockOnly?: boolean;
  /**
   * A heading whose wording alone makes it one (PART 2, Schedule 1, Sec. 4.): kept
   * without a run, since legislation is often printed in extracts and parts.
   */
  standalone?: boolean;
  /**
   * May be alone in its block, its text in the next one: 第 1 條 above the article (Taiwan's law database), an
   * EU act's "Article 1" above its title. Other markers alone in a block (a 序号 cell "1.") introduce nothing.
   */
  ownLine?: boolean;
  /** English paren markers may follow another marker directly: `3.—(1)`, `(a)(1)(A)`. */
  chains?: boolean;
  /** Cheap test of the first character, so most positions never reach a regex. */
  starts(c: number): boolean;
  match(text: string, i: number): MarkerMatch | MarkerMatch[] | null;
}

export const charSet = (chars: string) => {
  const set = new Set([...chars].map((ch) => ch.charCodeAt(0)));
  return (c: number) => set.has(c);
};

export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export const sticky = (src: string, flags = '') => new RegExp(src, 'y' + flags);

export function exec(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

export function mk(family: string, ordinal: string, markerEnd: number, number: number, runKey = family): MarkerMatch {
  return { family, ordinal, markerEnd, number, wildcard: false, runKey, soft: false, tentative: false };
}

/**
 * A test of the whole text, answered once per text: the families that read only in one language (Japanese figures,
 * French letters) ask it at every position, and the parser hands them one string at a time.
 */
export function textTest(pattern: RegExp): (text: string) => boolean {
  let last: string | undefined;
  let answer = false;
  return (text) => {
    if (text !== last) {
      last = text;
      answer = pattern.test(text);
    }
    return answer;
  };
}
