export {
  loadContent,
  loadReport,
  loadShared,
  reportFolders,
  type LoadResult,
  type LoadOptions,
  type ReportFolder,
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
