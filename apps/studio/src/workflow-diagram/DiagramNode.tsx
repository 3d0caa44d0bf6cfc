import type { WorkflowNodeKind } from '@event-studio/runtime';
import { alpha, useTheme } from '@mui/material/styles';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appTextString } from '../app-text/AppText';
import { fitLabel, wrapLabel } from './fit-label';
import type { PlacedNode } from './layout-workflow';

/** How a node can be used in this diagram: only looked at, clicked, or shown but not clickable. */
export type NodeMode = 'view' | 'pick' | 'disabled';

/** The outline of a node; the kind is told by shape, so it reads without colour too. */
function NodeShape({
  kind,
  fill,
  stroke,
  strokeWidth,
  width: W,
  height: H,
}: {
  kind: WorkflowNodeKind;
  fill: string;
  stroke: string;
  strokeWidth: number;
  width: number;
  height: number;
}) {
  const paint = { fill, stroke, strokeWidth, className: 'node-shape' };
  switch (kind) {
    case 'start':
      return <rect x={1} y={1} width={W - 2} height={H - 2} rx={(H - 2) / 2} {...paint} />;
    case 'end':
      // A double border, as flow charts mark the end.
      return (
        <>
          <rect x={1} y={1} width={W - 2} height={H - 2} rx={(H - 2) / 2} {...paint} />
          <rect
            x={4}
            y={4}
            width={W - 8}
            height={H - 8}
            rx={(H - 8) / 2}
            fill="none"
            stroke={stroke}
            strokeWidth={1}
          />
        </>
      );
    case 'branch':
      return <polygon points={`1,${H / 2} ${W / 2},1 ${W - 1},${H / 2} ${W / 2},${H - 1}`} {...paint} />;
    case 'parallelStart':
    case 'parallelEnd':
      return (
        <>
          <rect x={1} y={1} width={W - 2} height={H - 2} rx={2} {...paint} />
          <rect x={5} y={5} width={4} height={H - 10} fill={stroke} />
          <rect x={W - 9} y={5} width={4} height={H - 10} fill={stroke} />
        </>
      );
    case 'other':
      return <rect x={1} y={1} width={W - 2} height={H - 2} rx={4} strokeDasharray="4 3" {...paint} />;
    default:
      return <rect x={1} y={1} width={W - 2} height={H - 2} rx={4} {...paint} />;
  }
}

/** Room the labels get inside each shape: a diamond is narrow at its middle, bars take the sides. */
function labelWidth(kind: WorkflowNodeKind, W: number): number {
  if (kind === 'branch') return W * 0.55;
  if (kind === 'parallelStart' || kind === 'parallelEnd') return W - 28;
  return W - 16;
}

/**
 * One node of the diagram: its shape, title and id. In `pick` mode it is a toggle button
 * (Enter or Space clicks it); `highlighted` nodes carry a check badge as well as the colour.
 */
export function DiagramNode({
  placed,
  width: W,
  height: H,
  highlighted,
  mode,
  onClick,
}: {
  placed: PlacedNode;
  width: number;
  height: number;
  highlighted: boolean;
  mode: NodeMode;
  onClick: (nodeId: string) => void;
}) {
  const theme = useTheme();
  const { t } = useTranslation();
  const { node, x, y } = placed;
  const name = `${appTextString(node.title)} (${node.id})`;
  const titleLines = wrapLabel(node.title, labelWidth(node.kind, W), 6.4, 2);
  // Title lines (14 apart) and the id line (12) are centred together in the shape.
  const textTop = (H - (titleLines.length * 14 + 12)) / 2;
  const accent = theme.palette.primary.main;
  const fill = highlighted
    ? alpha(accent, theme.palette.mode === 'dark' ? 0.3 : 0.14)
    : theme.palette.background.paper;
  const stroke = highlighted ? accent : theme.palette.text.secondary;
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // Space would otherwise scroll the form column.
    event.preventDefault();
    onClick(node.id);
  };
  const interactive = mode === 'pick';
  const a11y =
    mode === 'view'
      ? { role: 'img', 'aria-label': name }
      : {
          role: 'button',
          'aria-label': name,
          'aria-pressed': highlighted,
          'aria-disabled': interactive ? undefined : true,
          tabIndex: interactive ? 0 : undefined,
          onClick: interactive ? () => onClick(node.id) : undefined,
          onKeyDown: interactive ? onKeyDown : undefined,
        };

  return (
    <g
      transform={`translate(${x},${y})`}
      className="diagram-node"
      data-node-id={node.id}
      opacity={mode === 'disabled' ? 0.5 : 1}
      {...a11y}
    >
      <title>{mode === 'disabled' ? t('diagram.cannotPick', { name }) : name}</title>
      <rect
        className="focus-ring"
        x={-4}
        y={-4}
        width={W + 8}
        height={H + 8}
        rx={8}
        fill="none"
        stroke={accent}
        strokeWidth={2}
      />
      <NodeShape
        kind={node.kind}
        fill={fill}
        stroke={stroke}
        strokeWidth={highlighted ? 2.5 : 1.25}
        width={W}
        height={H}
      />
      <text
        x={W / 2}
        textAnchor="middle"
        fontSize={12}
        fontWeight={highlighted ? 700 : 500}
        fill={theme.palette.text.primary}
      >
        {titleLines.map((line, index) => (
          <tspan key={line} x={W / 2} y={textTop + 11 + index * 14}>
            {appTextString(line)}
          </tspan>
        ))}
      </text>
      <text
        x={W / 2}
        y={textTop + titleLines.length * 14 + 10}
        textAnchor="middle"
        fontSize={10}
        fontFamily="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"
        fill={theme.palette.text.secondary}
      >
        {fitLabel(node.id, labelWidth(node.kind, W), 6.1)}
      </text>
      {highlighted && (
        <g transform={`translate(${W - 6},${4})`}>
          <circle r={7} fill={accent} />
          <path
            d="M-3.2,0.2 L-1,2.6 L3.4,-2.2"
            fill="none"
            stroke={theme.palette.primary.contrastText}
            strokeWidth={1.8}
          />
        </g>
      )}
    </g>
  );
}
