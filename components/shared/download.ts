/**
 * Saves data as a file through an object URL and `<a download>`: no `downloads`
 * permission needed, works in extension pages of both browsers.
 */
export function downloadFile(name: string, data: string | Uint8Array, type: string): void {
  const part: BlobPart = typeof data === 'string' ? data : (data.slice().buffer as ArrayBuffer);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: Firefox starts reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const MARKDOWN = 'text/markdown;charset=utf-8';
export const ZIP = 'application/zip';
export const JSON_TYPE = 'application/json;charset=utf-8';
