import type { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it, vi } from 'vitest';
import { measureRow, scrollUnlessThere } from './measure-without-layout';

type Instance = Virtualizer<HTMLDivElement, Element>;

function fakeInstance(scrollOffset: number | null) {
  const scrollTo = vi.fn();
  const instance = {
    scrollOffset,
    scrollElement: { scrollTo },
    options: { horizontal: false, getItemKey: (index: number) => `row${index}`, estimateSize: () => 49 },
    itemSizeCache: new Map([['row1', 52]]),
    indexFromElement: (element: Element) => Number(element.getAttribute('data-index')),
  };
  return { instance: instance as unknown as Instance, scrollTo };
}

const row = (index: number) => ({ getAttribute: () => String(index) }) as unknown as Element;

describe('scrollUnlessThere', () => {
  it('does not write the offset a new scroller is already at (a write lays the page out)', () => {
    const { instance, scrollTo } = fakeInstance(null);
    scrollUnlessThere(0, {}, instance);
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('scrolls to any other offset, and back to the top once scrolled away', () => {
    const { instance, scrollTo } = fakeInstance(0);
    scrollUnlessThere(480, {}, instance);
    expect(scrollTo).toHaveBeenCalledWith({ top: 480, behavior: undefined });
    const scrolled = fakeInstance(480);
    scrollUnlessThere(0, { behavior: 'smooth' }, scrolled.instance);
    expect(scrolled.scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'smooth' });
  });
});

describe('measureRow', () => {
  it('gives an attached row the height it had, or its estimate, without reading the DOM', () => {
    const { instance } = fakeInstance(0);
    expect(measureRow(row(1), undefined, instance)).toBe(52);
    expect(measureRow(row(2), undefined, instance)).toBe(49);
  });

  it('takes the height a ResizeObserver reported', () => {
    const { instance } = fakeInstance(0);
    const entry = { borderBoxSize: [{ blockSize: 64.4, inlineSize: 250 }] } as unknown as ResizeObserverEntry;
    expect(measureRow(row(2), entry, instance)).toBe(64);
  });
});
