/** A 1-based line and column in a text. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Maps offsets of one text to 1-based lines and columns. The line index is built once because a
 * model.py or config.json reader asks for many positions in the same file.
 */
export class TextLines {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** The 1-based line of an offset. */
  lineAt(offset: number): number {
    return this.at(offset).line;
  }

  /** The 1-based line and column (UTF-16 units, as editors count) of an offset. */
  at(offset: number): LineColumn {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}
