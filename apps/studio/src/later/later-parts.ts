import { lazy } from 'react';

// The parts of the studio that are not on the first screen, each loaded the first time it is
// rendered. A cold load parses and evaluates every module of the UI's chunks before it can draw the
// form and the tree, on a CPU shared with Python's start: what only appears a frame later (the code,
// the test panel, the app bar's actions) or on a user's action (dialogs, read-only views) is not in them.

export const CodePane = lazy(() => import('../layout/CodePane').then((m) => ({ default: m.CodePane })));
export const TestPanel = lazy(() =>
  import('../test-panel/TestPanel').then((m) => ({ default: m.TestPanel })),
);

export const AppTabs = lazy(() => import('../apps/AppTabs').then((m) => ({ default: m.AppTabs })));
export const ImportButton = lazy(() =>
  import('../import/ImportButton').then((m) => ({ default: m.ImportButton })),
);
export const ExportMenu = lazy(() => import('../import/ExportMenu').then((m) => ({ default: m.ExportMenu })));
export const SettingsMenu = lazy(() =>
  import('../settings/SettingsMenu').then((m) => ({ default: m.SettingsMenu })),
);
export const ImportFlow = lazy(() => import('../import/ImportFlow').then((m) => ({ default: m.ImportFlow })));
export const NewEventDialog = lazy(() =>
  import('../dialogs/NewEventDialog').then((m) => ({ default: m.NewEventDialog })),
);

export const ModelView = lazy(() =>
  import('../readonly-views/ModelView').then((m) => ({ default: m.ModelView })),
);
export const ServiceView = lazy(() =>
  import('../readonly-views/ServiceView').then((m) => ({ default: m.ServiceView })),
);
export const WorkflowView = lazy(() =>
  import('../readonly-views/WorkflowView').then((m) => ({ default: m.WorkflowView })),
);
