/** How often a schedule fires (`frequency` of azurerm_automation_schedule). */
export enum ScheduleFrequency {
  /** Once, at `startTime`. */
  ONE_TIME = 'OneTime',
  /** Every `interval` hours. */
  HOUR = 'Hour',
  /** Every `interval` days. */
  DAY = 'Day',
  /** Every `interval` weeks, on `weekDays`. */
  WEEK = 'Week',
  /** Every `interval` months, on `monthDays`. */
  MONTH = 'Month',
}

/** A schedule for a runbook (`azurerm_automation_schedule` + `azurerm_automation_job_schedule`). */
export interface RunbookScheduleOptions {
  /** How often the runbook runs. */
  readonly frequency: ScheduleFrequency;
  /**
   * Run every `interval` hours/days/weeks/months (1-100). Not allowed with `ONE_TIME`.
   * @default 1
   */
  readonly interval?: number;
  /**
   * First run, as an RFC 3339 time with an offset (`2026-12-01T06:00:00Z`, `2026-12-01T07:00:00+01:00`).
   * Azure rejects a start less than five minutes ahead when the schedule is created, so a time that
   * close or past produces a warning at synth. Leave it unset to let the provider pick seven minutes after
   * creation and keep that value (later plans show no change).
   * @default - seven minutes after the schedule is created
   */
  readonly startTime?: string;
  /**
   * Time zone of the schedule (IANA name as Azure lists it).
   * @default 'Etc/UTC'
   */
  readonly timezone?: string;
  /**
   * Days of the week, with `WEEK` only: `Monday` ... `Sunday`.
   * @default - every day the interval reaches
   */
  readonly weekDays?: string[];
  /**
   * Days of the month, with `MONTH` only: 1 to 31, or -1 for the last day (`month_days` of
   * azurerm_automation_schedule).
   * @default - the day of the month of `startTime`
   */
  readonly monthDays?: number[];
  /**
   * Values for the runbook's parameters, by parameter name. Azure needs the keys in lowercase; they are
   * lowercased here (PowerShell parameter names are case-insensitive) and checked against the runbook's
   * declared parameters.
   * @default - none
   */
  readonly parameters?: { [name: string]: string };
  /**
   * Name of the schedule.
   * @default - `<runbook name>-schedule`
   */
  readonly name?: string;
  /**
   * Description shown in the portal.
   * @default - none
   */
  readonly description?: string;
  /**
   * ARM id of a schedule that exists already in the account, to adopt with a Terraform `import` block
   * (`.../automationAccounts/<account>/schedules/<name>`).
   * @default - the schedule is created
   */
  readonly importFrom?: string;
  /**
   * Import id of the existing link between the schedule and the runbook, to adopt with a Terraform `import`
   * block: `<schedule ARM id>|<runbook ARM id>`, as the azurerm documentation of
   * `azurerm_automation_job_schedule` gives it.
   * @default - the link is created
   */
  readonly importJobScheduleFrom?: string;
}
