import { windowsNameProblem } from '../app/windows-file-name.js';
import { isIdentifier } from '../element/spelling.js';

/**
 * A new folder for a Keep-both copy: `events/orderApproval` → `events/orderApproval2`, then 3…
 * Trailing digits are dropped first (a copy of `orderApproval2` is `orderApproval3`, not
 * `orderApproval22`); a name that is not a Python identifier is made one, since the platform
 * imports the folder as a Python package; a name Windows reserves (`COM` + 2) is passed over.
 * `isTaken` compares however the caller needs (the import compares case-insensitively).
 */
export function freshFolderName(folder: string, isTaken: (candidate: string) => boolean): string {
  const slash = folder.lastIndexOf('/');
  const parent = slash < 0 ? '' : folder.slice(0, slash + 1);
  const name = folder.slice(slash + 1);
  const base = toIdentifier(name.replace(/\d+$/, '') || name);
  for (let n = 2; ; n++) {
    const candidate = `${parent}${base}${n}`;
    if (windowsNameProblem(`${base}${n}`) === undefined && !isTaken(candidate)) return candidate;
  }
}

function toIdentifier(name: string): string {
  if (isIdentifier(name)) return name;
  const cleaned = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}
