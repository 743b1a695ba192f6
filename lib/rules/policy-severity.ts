/** How serious a finding is. */
export enum PolicySeverity {
  /** Synthesis fails until the finding is fixed or suppressed. */
  ERROR = 'error',
  /** Reported; synthesis continues. */
  WARNING = 'warning',
}
