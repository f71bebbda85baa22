import type { Plugin } from 'vite';

/**
 * Removes the only two HTML-string sinks our dependencies bring into the bundle,
 * so that `web-ext lint` (Mozilla's review rules: no innerHTML with a dynamic
 * value) has nothing to warn about and no HTML string can ever be parsed into a
 * page by Notice Lens.
 *
 * - Preact renders `dangerouslySetInnerHTML` with innerHTML. Notice Lens never
 *   uses that prop (page text and notes reach the DOM as text only), so the
 *   assignment becomes a thrown error: any future use fails loudly instead.
 * - Mozilla Readability (run on a clone of the page, utils/dom/readability-root.ts)
 *   uses innerHTML twice: to restore the page between its retries, done here by
 *   cloning nodes instead of reparsing markup, and to unwrap <noscript> images,
 *   done here with DOMParser, whose documents are inert (no script, no load).
 *
 * Each rewrite must match exactly as often as expected: after an upgrade of either
 * package the build stops here rather than silently shipping the sink again.
 */
interface Rewrite {
  find: RegExp;
  replace: string;
  count: number;
}

const REWRITES: { file: RegExp; rewrites: Rewrite[] }[] = [
  {
    file: /\/node_modules\/preact\/dist\/preact\.mjs$/,
    rewrites: [
      {
        find: /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g,
        replace: '(()=>{throw Error("dangerouslySetInnerHTML is not supported in Notice Lens")})()',
        count: 1,
      },
    ],
  },
  {
    file: /\/node_modules\/@mozilla\/readability\/Readability\.js$/,
    rewrites: [
      { find: /var pageCacheHtml = page\.innerHTML;/g, replace: 'var pageCacheHtml = page.cloneNode(true);', count: 1 },
      { find: /page\.innerHTML = pageCacheHtml;/g, replace: 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);', count: 1 },
      {
        find: /tmp\.innerHTML = noscript\.innerHTML;/g,
        replace: 'tmp.replaceChildren(...new DOMParser().parseFromString(noscript.innerHTML, "text/html").body.childNodes);',
        count: 1,
      },
    ],
  },
];

export function noHtmlSinks(): Plugin {
  return {
    name: 'notice-lens:no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replace(/\\/g, '/');
      const entry = REWRITES.find((r) => r.file.test(path));
      if (!entry) return null;
      let out = code;
      for (const { find, replace, count } of entry.rewrites) {
        const found = out.match(find)?.length ?? 0;
        if (found !== count) this.error(`no-html-sinks: expected ${count} × ${find} in ${path}, found ${found}; review the upgrade`);
        out = out.replace(find, replace);
      }
      return { code: out, map: null };
    },
  };
}
