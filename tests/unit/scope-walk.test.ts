import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { lastInScope, nextInScope, previousInScope } from '../../utils/dom/scope-walk';
import { isSkipped } from '../../utils/dom/text-index';

const windows: Window[] = [];
afterAll(() => Promise.all(windows.map((w) => w.happyDOM.close())));

function load(html: string): Document {
  const win = new Window({ url: 'https://www.example.gov.cn/', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  windows.push(win);
  const doc = win.document as unknown as Document;
  doc.write(html);
  return doc;
}

/** What the hand-written walk replaces: the DOM's own TreeWalker, rejecting the skipped elements. */
function treeWalker(doc: Document, scope: Element): TreeWalker {
  return doc.createTreeWalker(scope, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && isSkipped(n as Element) ? 2 /* REJECT */ : 1),
  });
}

/** The nodes of a walk from `first`, each next one given by `step` (scope-walk reads the node given, a TreeWalker its own place). */
const walk = (first: Node | null, step: (n: Node) => Node | null) => {
  const out: Node[] = [];
  for (let n = first; n; n = step(n)) out.push(n);
  return out;
};

// Real pages of the corpus and the fixtures: CMS templates with scripts, styles, hidden phone copies, comments,
// <br>-separated bodies and tables; every element of each page is used as the scope, and a sample of its nodes as starts.
const CORPUS = join(import.meta.dirname, '../fixtures/corpus/pages');
const FIXTURES = join(import.meta.dirname, '../fixtures/pages');
const files = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).map((f) => join(FIXTURES, f)),
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.html')).slice(0, 80).map((f) => join(CORPUS, f)),
];

describe('walking a scope by hand (scope-walk.ts)', () => {
  it('has real pages to walk', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it('returns what a rejecting TreeWalker returns, forwards, backwards and from the end, on real pages', () => {
    let compared = 0;
    let skippedMet = 0;
    for (const file of files) {
      const doc = load(readFileSync(file, 'utf8'));
      const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
      skippedMet += all.filter(isSkipped).length;
      const scopes = [doc.body!, ...all.filter((_, i) => i % 17 === 0)];
      for (const scope of scopes) {
        const w = treeWalker(doc, scope);
        const forward = walk(w.nextNode(), () => w.nextNode());
        expect(walk(nextInScope(scope, scope, isSkipped), (n) => nextInScope(n, scope, isSkipped))).toEqual(forward);
        const w2 = treeWalker(doc, scope);
        while (w2.lastChild());
        const last = w2.currentNode === scope ? null : w2.currentNode;
        expect(lastInScope(scope, isSkipped)).toBe(last);
        expect(walk(last, (n) => previousInScope(n, scope, isSkipped))).toEqual(walk(last, () => w2.previousNode()));
        // From a node inside (the start of a body's first sentence), both ways.
        for (const from of forward.filter((_, i) => i % 11 === 5).slice(0, 6)) {
          const f = treeWalker(doc, scope);
          f.currentNode = from;
          expect(walk(nextInScope(from, scope, isSkipped), (n) => nextInScope(n, scope, isSkipped))).toEqual(walk(f.nextNode(), () => f.nextNode()));
          const b = treeWalker(doc, scope);
          b.currentNode = from;
          expect(walk(previousInScope(from, scope, isSkipped), (n) => previousInScope(n, scope, isSkipped))).toEqual(walk(b.previousNode(), () => b.previousNode()));
          compared++;
        }
      }
    }
    // The pages hold what the walk must leave out, and many starts were compared.
    expect(skippedMet).toBeGreaterThan(100);
    expect(compared).toBeGreaterThan(500);
  });

  it('leaves out a hidden copy and a script with all they hold, and goes into the node it starts from', () => {
    const doc = load(`<body><div id="s"><p>一、总体要求</p><script>var a = "脚本";</script><div hidden><p>手机版副本</p></div><!-- 注释 --><p>二、<b>工作</b>措施</p></div></body>`);
    const scope = doc.getElementById('s')!;
    const texts = (nodes: Node[]) => nodes.filter((n) => n.nodeType === 3).map((n) => n.textContent);
    expect(texts(walk(nextInScope(scope, scope, isSkipped), (n) => nextInScope(n, scope, isSkipped)))).toEqual(['一、总体要求', '二、', '工作', '措施']);
    const last = lastInScope(scope, isSkipped)!;
    expect(last.textContent).toBe('措施');
    expect(texts(walk(last, (n) => previousInScope(n, scope, isSkipped)))).toEqual(['措施', '工作', '二、', '一、总体要求']);
    // Started from the script itself (a walk's given start), it reads the script's text as a TreeWalker would.
    const script = scope.querySelector('script')!;
    expect(nextInScope(script, scope, isSkipped)?.textContent).toBe('var a = "脚本";');
  });
});
