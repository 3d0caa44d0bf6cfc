// Public surface of simulate/: an approval action's timeline of events, planned purely, then run.
// The routing and status helpers stay inside: the table is documented in README.md, not an API.
export { isSimulationError, planSimulation } from './plan-simulation.js';
export { runSimulationPlan, type SimulateOptions, simulate } from './run-simulation.js';
export type * from './simulation.types.js';
