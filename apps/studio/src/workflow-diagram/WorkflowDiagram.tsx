import type { WorkflowInfo, WorkflowNode } from '@event-studio/runtime';
import { Box } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DiagramNode, type NodeMode } from './DiagramNode';
import { type FlowDirection, layoutWorkflow } from './layout-workflow';

/** Below this the labels get too small to read: the diagram scrolls sideways instead. */
const MIN_SCALE = 0.72;

/** What the diagram draws and how it answers clicks. */
export interface WorkflowDiagramProps {
  workflow: Pick<WorkflowInfo, 'nodes' | 'links' | 'fullName'>;
  /** Ids of the nodes to highlight: those the event watches. */
  highlighted: readonly string[];
  /** Makes the nodes toggle buttons; without it the diagram is a picture. */
  onNodeClick?: (nodeId: string) => void;
  /** Which nodes may be clicked (the others are shown dimmed); every node when left out. */
  selectable?: (node: WorkflowNode) => boolean;
  /** The accessible name of the whole diagram. */
  label?: string;
  /** `down` suits a narrow column (the form); `right`, the default, a wide view. */
  direction?: FlowDirection;
}

/**
 * A workflow drawn as an SVG, left to right or top down: layers by distance from the start, links
 * as arrows, node kinds as shapes. It shrinks to its container's width down to a readable scale, then scrolls.
 */
export function WorkflowDiagram({
  workflow,
  highlighted,
  onNodeClick,
  selectable,
  label,
  direction = 'right',
}: WorkflowDiagramProps) {
  const theme = useTheme();
  const { t } = useTranslation();
  const layout = useMemo(() => layoutWorkflow(workflow, direction), [workflow, direction]);
  // React's ids may hold characters a url(#…) reference does not accept.
  const arrowId = `arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const watched = new Set(highlighted);
  const modeOf = (node: WorkflowNode): NodeMode => {
    if (!onNodeClick) return 'view';
    return !selectable || selectable(node) ? 'pick' : 'disabled';
  };
  const linkColour = theme.palette.text.secondary;
  const name = label ?? t('diagram.workflowNamed', { name: workflow.fullName });

  return (
    <Box
      role="group"
      aria-label={name}
      sx={{
        overflowX: 'auto',
        '& .diagram-node .focus-ring': { visibility: 'hidden' },
        '& .diagram-node:focus': { outline: 'none' },
        '& .diagram-node:focus-visible .focus-ring': { visibility: 'visible' },
        '& .diagram-node[role="button"]:not([aria-disabled="true"])': { cursor: 'pointer' },
        '& .diagram-node[role="button"]:not([aria-disabled="true"]):hover .node-shape': {
          strokeWidth: 2.5,
        },
      }}
    >
      {layout.nodes.length === 0 ? null : (
        // No role of its own: the group above names the diagram, and an <svg> would otherwise be
        // announced as one picture, hiding the node buttons inside it.
        <svg
          role="none"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          style={{
            display: 'block',
            height: 'auto',
            minWidth: layout.width * MIN_SCALE,
            maxWidth: layout.width,
            // A top-down diagram is narrow: centred, it reads as the column's picture.
            marginInline: direction === 'down' ? 'auto' : undefined,
            fontFamily: theme.typography.fontFamily,
          }}
        >
          <defs>
            <marker
              id={arrowId}
              viewBox="0 0 10 10"
              refX={9}
              refY={5}
              markerWidth={7}
              markerHeight={7}
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" fill={linkColour} />
            </marker>
          </defs>
          <g>
            {layout.links.map((link) => (
              <path
                key={`${link.from}\u0000${link.to}`}
                d={link.path}
                fill="none"
                stroke={linkColour}
                strokeWidth={1.25}
                strokeDasharray={link.back ? '5 4' : undefined}
                markerEnd={`url(#${arrowId})`}
              />
            ))}
          </g>
          {layout.nodes.map((placed) => (
            <DiagramNode
              key={placed.node.id}
              placed={placed}
              width={layout.nodeWidth}
              height={layout.nodeHeight}
              highlighted={watched.has(placed.node.id)}
              mode={modeOf(placed.node)}
              onClick={(id) => onNodeClick?.(id)}
            />
          ))}
        </svg>
      )}
    </Box>
  );
}
