// Names of the n-th instance in the scale stacks, the same on both sides.

/** e.g. `exo-0001`. */
export function benchInstanceId(index: number): string {
  return `exo-${String(index).padStart(4, '0')}`;
}

/** e.g. `aa-exo-bench-0001`. */
export function benchAccountName(index: number): string {
  return `aa-exo-bench-${String(index).padStart(4, '0')}`;
}
