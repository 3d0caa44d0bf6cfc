import { elementScroll, measureElement, type Rect, type Virtualizer } from '@tanstack/react-virtual';

// The virtualiser's defaults read sizes at once (the scroller's clientHeight, each row's
// offsetHeight) while React commits, which forces the browser to lay out the whole page there and
// then: on a cold load, the studio's first screen was laid out inside the tree's commit. These read
// sizes only from ResizeObserver, which reports them after the browser's own layout, so until then
// the tree renders from estimates (the window's height, a row's usual height); and the scroll the
// virtualiser writes when it attaches is skipped when the scroller is already there.

/** A first guess at the scroller's size: the tree runs the height of the window. */
export function initialScrollerRect(): Rect {
  return { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight };
}

/** The scroller's size, as a ResizeObserver reports it (from its first report on). */
export function observeScrollerRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  report: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    if (box) report({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * A row's height: from the ResizeObserver's entry when there is one (the default reads that too);
 * when a row is first attached, the height it had before or its estimate, instead of reading it.
 */
export function measureRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  if (entry) return measureElement(element, entry, instance);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  );
}

/**
 * Scrolls the scroller, unless it is already at the offset (as far as its scroll events said; a new
 * scroller is at the top). The virtualiser writes the offset it has when it attaches to a scroller,
 * and a scroll write lays the page out, even when it moves nothing.
 */
export function scrollUnlessThere(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<HTMLDivElement, Element>,
): void {
  if (offset + (options.adjustments ?? 0) === (instance.scrollOffset ?? 0)) return;
  elementScroll(offset, options, instance);
}
