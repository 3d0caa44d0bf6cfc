/** Items keyed by their place: logs, calls and changed rows have no identity beyond their place in one immutable result. */
export function numbered<T>(items: readonly T[], prefix = ''): { item: T; key: string }[] {
  return items.map((item, position) => ({ item, key: `${prefix}#${position}` }));
}
