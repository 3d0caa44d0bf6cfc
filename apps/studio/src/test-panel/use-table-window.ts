import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { type RefObject, useRef } from 'react';
import { observeScrollerRect, scrollUnlessThere } from '../virtual-scroll/measure-without-layout';

/** The rows and columns of a table to render, and the space the ones left out take. */
export interface TableWindow {
  scroller: RefObject<HTMLDivElement | null>;
  rows: VirtualItem[];
  columns: VirtualItem[];
  /** Empty space above the first rendered row and below the last one. */
  spaceAbove: number;
  spaceBelow: number;
  /** Empty space left of the first rendered column and right of the last one. */
  spaceLeft: number;
  spaceRight: number;
  /** Width of all columns together, rendered or not. */
  columnsWidth: number;
}

/** A sample row's usual height (a small outlined input and the cell's padding). */
const ROW_HEIGHT = 49;
/** Before the scroller reports its size: the table's usual box on a desktop screen. */
const FIRST_GUESS = { width: 1200, height: 360 };

/**
 * Which rows and columns of a table are near enough the scroller's view to render: a model may
 * have thousands of fields and a user thousands of imported rows, and a table of every cell
 * (an input each) kept the page busy for seconds when the event opened. Small tables fit in the
 * overscan and render whole, so every cell of the usual model is in the page.
 */
export function useTableWindow(
  rowCount: number,
  columnCount: number,
  columnWidth: (index: number) => number,
): TableWindow {
  const scroller = useRef<HTMLDivElement>(null);
  const common = {
    getScrollElement: () => scroller.current,
    initialRect: FIRST_GUESS,
    observeElementRect: observeScrollerRect,
    scrollToFn: scrollUnlessThere,
  };
  const rowVirtualizer = useVirtualizer({
    ...common,
    count: rowCount,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const columnVirtualizer = useVirtualizer({
    ...common,
    horizontal: true,
    count: columnCount,
    estimateSize: columnWidth,
    overscan: 12,
  });
  const rows = rowVirtualizer.getVirtualItems();
  const columns = columnVirtualizer.getVirtualItems();
  const rowsHeight = rowVirtualizer.getTotalSize();
  const columnsWidth = columnVirtualizer.getTotalSize();
  return {
    scroller,
    rows,
    columns,
    spaceAbove: rows[0]?.start ?? 0,
    spaceBelow: rowsHeight - (rows.at(-1)?.end ?? 0),
    spaceLeft: columns[0]?.start ?? 0,
    spaceRight: columnsWidth - (columns.at(-1)?.end ?? 0),
    columnsWidth,
  };
}
