// Errors lib code raises for the action layer to return as typed results. Depends on nothing above lib/.
export { ActionRefusal } from "./action-refusal";
export {
  type AppliedStep,
  CONCURRENT_CHANGE,
  concurrentChange,
  ConcurrentChangeError,
  type ConcurrentChangeDetails,
  type ConcurrentChangeInit,
  concurrentChangeOf,
  refuseIfChanged,
} from "./concurrent-change";
export {
  afterChange,
  type CreatedResource,
  PARTIAL_OUTCOME,
  PartialOutcome,
  type PartialOutcomeDetails,
  type PartialOutcomeInit,
  partialOutcomeOf,
} from "./partial-outcome";
