// The process-group helpers live in the core (every tool the actions start is tracked there).
export {
  isRunning,
  runningInGroup,
  signalGroup,
  trackedGroups,
  trackGroup,
  untrackGroup,
} from '../../core/process-groups.js';
