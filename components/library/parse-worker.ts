/**
 * Validates a backup off the main thread: parseBackup on a 50 MB file takes long
 * enough to freeze the page, and the reader should see progress instead.
 */
import { parseBackup } from '../../utils/export/backup';

self.onmessage = (e: MessageEvent<string>) => {
  self.postMessage(parseBackup(e.data));
};
