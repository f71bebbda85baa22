/**
 * The lines around a notice's body as the facts' rules read them (./own-facts.ts and the modules beside it):
 * plain data, no element. The page reads them (../dom/title-area.ts, whose lines carry their element besides);
 * the rules (./read-facts.ts) may then run in the page or in the background, where their code stays warm
 * (../analysis/).
 */
export interface FactLine {
  /** The line's text as the rules read it: white space collapsed, Traditional characters folded (../text/hant.ts). */
  text: string;
  /** The line as the page writes it, same length and offsets as `text`: what facts are sliced from. */
  written: string;
  /** Visible characters, and those inside links. */
  chars: number;
  links: number;
  /** Read from a table cell: a row's cells (责任单位 | 完成时间) are no signature or header line. */
  cell: boolean;
  /** Which block the line sits in: lines of one block have the same number. */
  block: number;
}

/** The lines above a notice's body, its first lines, its first 80, its last ones and those just below it. */
export interface FactArea {
  before: FactLine[];
  after: FactLine[];
  body: FactLine[];
  end: FactLine[];
  following: FactLine[];
}

/**
 * Everything a notice's facts are read from, as plain data: what the page's title, address, meta tags and
 * title area say (../dom/facts-input.ts gathers it from a FactsSource). It can cross to the background.
 */
export interface FactsInput {
  /** The document's <title>. */
  title: string;
  /** The page's host name. */
  host: string;
  meta: Record<string, string>;
  area: FactArea;
  /** The title line above the body, when one matched the page's titles. */
  titleLine: FactLine | null;
  /** A date printed between the title and the body (or in its first lines). */
  dateLine: FactLine | null;
  /** The info lines' texts (发布时间：… 来源：…). */
  info: string[];
  /** The page around the frame this document is in: the facts it lacks are taken from there. */
  shell?: FactsInput;
}
