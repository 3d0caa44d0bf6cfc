import { parser } from '@lezer/python';

/** A node of a @lezer/python syntax tree (named from the parser so @lezer/common stays indirect). */
export type PyNode = ReturnType<typeof parser.parse>['topNode'];

/** Parses Python source into its syntax tree's top node; lezer recovers from errors, never throws. */
export function parsePython(source: string): PyNode {
  return parser.parse(source).topNode;
}

/** The source text of a node. */
export function textOf(node: PyNode, source: string): string {
  return source.slice(node.from, node.to);
}

/** The node's children, in order. */
export function childrenOf(node: PyNode): PyNode[] {
  const children: PyNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

/** The first parse-error node at or under a node, if any (document order). */
export function firstError(node: PyNode): PyNode | undefined {
  return walk(node, (inner) => inner.type.isError, true)[0];
}

/** Every descendant (not the node itself) that satisfies a test, in document order. */
export function descendants(node: PyNode, test: (inner: PyNode) => boolean): PyNode[] {
  return walk(node, (inner) => inner !== node && test(inner), false);
}

/** Depth-first, in document order, with an explicit stack: deeply nested source must not overflow the call stack. */
function walk(node: PyNode, test: (inner: PyNode) => boolean, firstOnly: boolean): PyNode[] {
  const found: PyNode[] = [];
  const stack: PyNode[] = [node];
  while (stack.length > 0) {
    const at = stack.pop() as PyNode;
    if (test(at)) {
      found.push(at);
      if (firstOnly) break;
    }
    const children = childrenOf(at);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as PyNode);
  }
  return found;
}
