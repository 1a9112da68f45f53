// The documents cite as the engine's statements do: one way of citing, in shared/assessment.
export { citation } from '../../assessment/citation';
