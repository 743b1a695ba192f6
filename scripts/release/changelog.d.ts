// Types of changelog.js, for the jest suite.
export interface ChangelogSection {
  readonly version?: string;
  /** 'unreleased', the release date (YYYY-MM-DD), or undefined when the heading has neither. */
  readonly state?: string;
  readonly heading: string;
  readonly line: number;
  readonly notes: string;
}
export function sections(text: string): ChangelogSection[];
export function sectionOf(text: string, version: string): ChangelogSection | undefined;
