import { useEffect, useState } from 'preact/hooks';
import { exportRevision, type ExportRevision } from '../../utils/export/revision-markdown';
import type { StoreApi } from '../../utils/store/api';
import { reloadOnStoreChanges } from './reload-on-change';

export interface LibraryRevisions {
  /** How many versions each notice has (2 or more: the site revised it). */
  counts: Readonly<Record<string, number>>;
  /** What the Markdown export says of each revised notice. */
  revisions: Readonly<Record<string, ExportRevision>>;
}

const NONE: LibraryRevisions = { counts: {}, revisions: {} };

/**
 * The library's view of notices the site changed (issue 16): the version counts, from the keys alone, and the
 * versions of the revised notices only (a few, usually), compared once per load for the export.
 */
export function useRevisions(store: StoreApi): LibraryRevisions {
  const [state, setState] = useState<LibraryRevisions>(NONE);
  useEffect(() => {
    let live = true;
    // A store that cannot answer leaves the library as it was without revisions: never a failed page.
    const load = async () => {
      try {
        const counts = await store.versionCounts();
        const revised = Object.keys(counts).filter((p) => counts[p]! >= 2);
        const revisions: Record<string, ExportRevision> = {};
        await Promise.all(revised.map(async (page) => {
          const r = exportRevision(await store.listVersions(page).catch(() => []));
          if (r) revisions[page] = r;
        }));
        if (live) setState({ counts, revisions });
      } catch {
        /* nothing to mark */
      }
    };
    const stop = reloadOnStoreChanges(store, load);
    return () => {
      live = false;
      stop();
    };
  }, [store]);
  return state;
}
