/** The notes library's pure logic (its fold is foldForSearch in utils/text/fold.ts): the search index, queries, export helpers. No DOM, no browser. */
export { buildLibraryIndex, quoteOf, type LibraryIndex } from './build-index';
export { queryLibrary, type LibraryQuery, type LibraryResult, type LibrarySort } from './query';
export { exportItemsFor, placeholderRecord, noticeFileName, localDay, downloadName } from './export-items';
