import { useState } from 'react';
import { type SimulationProgress, useSimulation } from './use-simulation';

/**
 * What the user chose in the Simulate tab and what the last simulation gave. It lives in the test
 * panel, not the tab, so switching to Run and back loses neither the choices nor the timeline.
 */
export interface SimulationFormState {
  nodeChoice: string | undefined;
  setNodeChoice: (node: string) => void;
  actionChoice: string | undefined;
  setActionChoice: (action: string) => void;
  status: string;
  setStatus: (status: string) => void;
  /** The row editor's text; undefined until edited (the tab then shows a sample row of the model). */
  rowText: string | undefined;
  setRowText: (text: string) => void;
  planError: string | undefined;
  setPlanError: (error: string | undefined) => void;
  progress: SimulationProgress | undefined;
  simulate: ReturnType<typeof useSimulation>['simulate'];
}

/** The Simulate tab's state, kept by its parent across tab switches. */
export function useSimulationForm(): SimulationFormState {
  const [nodeChoice, setNodeChoice] = useState<string | undefined>();
  const [actionChoice, setActionChoice] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [rowText, setRowText] = useState<string | undefined>();
  const [planError, setPlanError] = useState<string | undefined>();
  const { progress, simulate } = useSimulation();
  return {
    nodeChoice,
    setNodeChoice,
    actionChoice,
    setActionChoice,
    status,
    setStatus,
    rowText,
    setRowText,
    planError,
    setPlanError,
    progress,
    simulate,
  };
}
