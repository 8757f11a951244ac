export {
  duplicateReport,
  identityKey,
  loadContent,
  loadReport,
  loadShared,
  readDocumentLines,
  reportFolders,
  type LoadResult,
  type LoadOptions,
  type ReportFolder,
  type ReportIdentity,
  type SharedContent,
} from './muat.ts';
export {
  ContentValidationError,
  formatError,
  sortErrors,
  type ContentError,
  type ErrorCode,
  type Bilingual,
} from './galat.ts';
