/** The notes library's pure logic: folding, the search index, queries, export helpers. No DOM, no browser. */
export { foldText, queryTerms } from './fold';
export { buildLibraryIndex, hostOf, quoteOf, type IndexedNotice, type LibraryIndex } from './build-index';
export { queryLibrary, documentsContaining, type LibraryQuery, type LibraryResult, type LibrarySort } from './query';
export { exportItemOf, exportItemsFor, placeholderRecord, noticeFileName, localDay, downloadName, type DownloadKind } from './export-items';
