export { loadContent, readDocumentLines, type LoadResult, type LoadOptions } from './muat.ts';
export {
  ContentValidationError,
  formatError,
  sortErrors,
  type ContentError,
  type ErrorCode,
  type Bilingual,
} from './galat.ts';
