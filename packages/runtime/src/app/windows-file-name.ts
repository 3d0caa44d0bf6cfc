// File names that Windows cannot hold as they are. A zip made on macOS or Linux can carry them;
// unpacked on Windows they open a device (`CON`, `nul.txt`), lose their last character
// (`inner.py.` becomes `inner.py`, overwriting it), write to an NTFS alternate data stream of
// another file (`a:b` is stream `b` of `a`) or fail half-way. The platform's apps are edited on
// Windows too, so the zip reader refuses them, pack refuses to make them, and the studio's name
// checks can ask the same question. Pure and dependency-free: any part of the runtime may use it.
// Sources: Microsoft's "Naming Files, Paths, and Namespaces".

/** Why a path segment cannot be a Windows file name: the rule's code and a sentence naming the segment. */
export interface WindowsNameProblem {
  code: 'name-reserved' | 'name-trailing-dot' | 'name-forbidden-char';
  rule: string;
}

// CON, PRN, AUX, NUL, COM0–9 and LPT0–9, the digit also as superscript ¹ ² ³ (Windows maps them).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const FORBIDDEN = '<>:"|?*';

/**
 * Why `segment` (one folder or file name, no `/`) cannot be a file name on Windows, or undefined
 * when it can. Reserved device names count case-insensitively and with any extension
 * (`nul.txt`, `Com1.tar.gz`), as Windows resolves them.
 */
export function windowsNameProblem(segment: string): WindowsNameProblem | undefined {
  for (const char of segment) {
    if (!FORBIDDEN.includes(char)) continue;
    const why = char === ':' ? ' (it would name an NTFS alternate data stream)' : '';
    return {
      code: 'name-forbidden-char',
      rule: `'${char}' is not allowed in file names on Windows${why}; '${segment}' has it`,
    };
  }
  if (/[. ]$/.test(segment)) {
    return {
      code: 'name-trailing-dot',
      rule: `'${segment}' ends with a dot or space, which Windows drops (it would become another name)`,
    };
  }
  // Windows looks at the name before the first dot, trailing spaces ignored: `CON .txt` is CON.
  const stem = segment.split('.')[0]!.replace(/ +$/, '');
  if (RESERVED.test(stem)) {
    const device = stem.toUpperCase();
    const extension = stem === segment ? '' : ` (${device}, even with an extension)`;
    return { code: 'name-reserved', rule: `'${segment}' is a reserved device name on Windows${extension}` };
  }
  return undefined;
}

/** The first segment of a `/`-separated path that Windows cannot hold, and why. */
export function windowsPathProblem(path: string): WindowsNameProblem | undefined {
  for (const segment of path.split('/')) {
    const problem = windowsNameProblem(segment);
    if (problem) return problem;
  }
  return undefined;
}
