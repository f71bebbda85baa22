import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chrome 136+): a file that begins with this comment has every function compiled
 * when the file is, instead of pre-parsed then parsed again on its first call. Notice Lens's visit runs most of
 * these files' code once, cold, in every page (docs/decisions.md, "Compile hints"), which is where a visit's
 * time goes. Other engines read it as a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * The bundles a notice page runs: the content script (detection, on every official page) and the parts it loads
 * on notices. Not the service worker (it stays warm across visits) nor the extension's own pages.
 */
export const HINTED_FILES = ['content-scripts/content.js', 'notice-marks.js', 'notice-app.js', 'second-opinion.js'] as const;

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
}

/** Puts the hint at the very start of the named chunks (after minification, which would drop the comment). */
export function addCompileHints(bundle: Record<string, ChunkLike>, files: readonly string[] = HINTED_FILES): string[] {
  const hinted: string[] = [];
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !files.includes(chunk.fileName) || chunk.code === undefined) continue;
    if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
    hinted.push(chunk.fileName);
  }
  return hinted;
}

/** WXT builds its entrypoints in several Vite builds; each adds the hint to the named files it writes. */
export function compileHints(): Plugin {
  return {
    name: 'notice-lens:compile-hints',
    enforce: 'post',
    generateBundle(_options, bundle) {
      addCompileHints(bundle as unknown as Record<string, ChunkLike>);
    },
  };
}

/** After the whole build: a renamed entrypoint must not lose its hint silently. */
export function missingCompileHints(read: (file: string) => string | null, files: readonly string[] = HINTED_FILES): string[] {
  return files.filter((f) => !(read(f) ?? '').startsWith(COMPILE_HINT));
}
