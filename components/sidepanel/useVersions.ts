import { useEffect, useState } from 'preact/hooks';
import type { NoticeVersion } from '../../utils/revisions/model';
import type { StoreApi } from '../../utils/store/api';

/** The stored versions of a notice's body, newest first, kept current as visits store new ones (issue 16). */
export function useVersions(store: StoreApi, page: string | null): NoticeVersion[] {
  const [versions, setVersions] = useState<NoticeVersion[]>([]);
  useEffect(() => {
    let live = true;
    setVersions([]);
    if (page === null) return;
    const load = () => void Promise.resolve().then(() => store.listVersions(page)).then((v) => live && setVersions(v), () => {});
    load();
    const stop = store.subscribe([page], load, { onReconnect: load });
    return () => {
      live = false;
      stop();
    };
  }, [store, page]);
  return versions;
}
