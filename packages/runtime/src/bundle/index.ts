// Public surface of bundle/: zip ⇄ app tree, with limits and path checks on the way in.
export { type ReadZipOptions, readZip } from './read-zip.js';
export { selectElements } from './select-elements.js';
export { writeZip } from './write-zip.js';
export { checkEntryPath, type EntryPath, isJunkPath, type PathProblem } from './zip-entry-path.js';
export type { ReadZipResult, ZipError, ZipErrorCode } from './zip-error.js';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-limits.js';
