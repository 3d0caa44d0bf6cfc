import type { IncomingStudioFile } from '@event-studio/runtime';

// The texts of the import dialog's "saved test cases and sample rows" group, in both languages.
// Kept beside the group for now; they belong in i18n/en.ts and zh.ts under importZip.studioFiles.

/** The group's texts in one language. */
export interface StudioFilesTexts {
  /** The group's name (its heading's start, and its landmark's label). */
  group: string;
  /** `Saved test cases and sample rows: 2 files — will be imported`. */
  heading(willImport: number): string;
  /** What one file holds: `2 test cases for events.orderApproval`. */
  holds(file: IncomingStudioFile): string;
  /** The label of the list of files with problems. */
  notImported(count: number): string;
  /** Why studio files are asked about at all. */
  why: string;
}

const en: StudioFilesTexts = {
  group: 'Saved test cases and sample rows',
  heading: (n) =>
    n === 0
      ? 'Saved test cases and sample rows: none will be imported'
      : `Saved test cases and sample rows: ${n} ${n === 1 ? 'file' : 'files'} — will be imported`,
  holds: (file) => {
    const n = file.count ?? 0;
    const what =
      file.kind === 'sampleRows'
        ? n === 1
          ? 'sample row'
          : 'sample rows'
        : n === 1
          ? 'test case'
          : 'test cases';
    return `${n} ${what} for ${(file.element ?? '').split('/').join('.')}`;
  },
  notImported: (n) => `Not imported: ${n} ${n === 1 ? 'file has' : 'files have'} problems`,
  why: 'The studio keeps these beside the app; they come from the zip, so check them before they are used. Untick one to leave it out.',
};

const zh: StudioFilesTexts = {
  group: '已保存的测试用例和样例行',
  heading: (n) =>
    n === 0 ? '已保存的测试用例和样例行：不导入任何文件' : `已保存的测试用例和样例行：将导入 ${n} 个文件`,
  holds: (file) =>
    `${(file.element ?? '').split('/').join('.')} 的 ${file.count ?? 0} 个${file.kind === 'sampleRows' ? '样例行' : '测试用例'}`,
  notImported: (n) => `不导入：${n} 个文件有问题`,
  why: '这些是工作室保存在应用旁的文件；它们来自压缩包，使用前请先确认。取消勾选即可不导入。',
};

/** The group's texts in the studio's language (Chinese for `zh…`, else English). */
export function studioFilesTexts(language: string): StudioFilesTexts {
  return language.toLowerCase().startsWith('zh') ? zh : en;
}
