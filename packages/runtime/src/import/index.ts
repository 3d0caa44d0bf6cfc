// Public surface of import/: zip contents → a plan the user reviews → the new app tree, all at once.
export { applyImport } from './apply-import.js';
export { freshFolderName } from './fresh-name.js';
export type {
  ConflictChoice,
  ImportConflict,
  ImportedElement,
  ImportKind,
  ImportOptions,
  ImportPlan,
  ImportResult,
  IncomingStudioFile,
  StudioFileKind,
} from './import-plan.types.js';
export { importKindOf, planImport } from './plan-import.js';
export { isImportableStudioFile } from './studio-files.js';
