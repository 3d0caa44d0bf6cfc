import { childrenOf, type PyNode, textOf } from './python-syntax.js';

/** What a name bound by an import refers to: `from models.A.model import A as B` → B ↦ {models.A.model, A}. */
export interface ImportBinding {
  /** The module path as written, leading dots of a relative import included. */
  module: string;
  /** The name taken from the module (`from … import X`); undefined for `import a.b as c`. */
  imported?: string;
}

/** The names a module binds with its top-level import statements. */
export function readImports(script: PyNode, source: string): Map<string, ImportBinding> {
  const bindings = new Map<string, ImportBinding>();
  for (const statement of childrenOf(script)) {
    if (statement.name === 'ImportStatement') readImport(statement, source, bindings);
  }
  return bindings;
}

function readImport(statement: PyNode, source: string, bindings: Map<string, ImportBinding>): void {
  const tokens = childrenOf(statement).map((node) => ({ name: node.name, text: textOf(node, source) }));
  if (tokens[0]?.name === 'from') {
    const importAt = tokens.findIndex((token) => token.name === 'import');
    if (importAt < 0) return;
    const module = tokens
      .slice(1, importAt)
      .map((token) => token.text)
      .join('');
    const rest = tokens.slice(importAt + 1).filter((token) => token.name !== '(' && token.name !== ')');
    for (let i = 0; i < rest.length; i++) {
      const token = rest[i];
      if (token?.name !== 'VariableName') continue;
      const alias = rest[i + 1]?.name === 'as' ? rest[i + 2]?.text : undefined;
      bindings.set(alias ?? token.text, { module, imported: token.text });
      if (alias !== undefined) i += 2;
    }
    return;
  }
  // `import a.b.c as d, e.f`: a dotted path, then an optional alias, separated by commas.
  let path: string[] = [];
  let alias: string | undefined;
  const flush = (): void => {
    const first = path[0];
    if (first === undefined) return;
    if (alias !== undefined) bindings.set(alias, { module: path.join('.') });
    else bindings.set(first, { module: first });
    path = [];
    alias = undefined;
  };
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.name === ',') flush();
    else if (token.name === 'as') {
      alias = tokens[i + 1]?.text;
      i++;
    } else if (token.name === 'VariableName') path.push(token.text);
  }
  flush();
}
