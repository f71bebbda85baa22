import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// happy-dom replaces the global URL, which node:fs does not accept: use paths.
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** A fixture page as a happy-dom Document, the way the content script would see it. */
export function loadFixture(path: string): Document {
  return parseHtml(readFileSync(join(FIXTURES, path), 'utf8'));
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * Loads a fixture into the test's global document, for code that needs what only a
 * live document has (the selection).
 */
export function loadIntoGlobalDocument(path: string): Document {
  const html = readFileSync(join(FIXTURES, path), 'utf8').replace(/^<!DOCTYPE[^>]*>/i, '');
  document.documentElement.innerHTML = html.replace(/^\s*<html[^>]*>|<\/html>\s*$/gi, '');
  return document;
}
