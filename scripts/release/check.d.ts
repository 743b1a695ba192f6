// Types of check.js, for the jest suite.
export interface ReleaseStep {
  readonly id: string;
  readonly title: string;
}
export interface PackedTarball {
  readonly flavor: string;
  readonly name: string;
  readonly tarball: string;
}
export interface CheckContext {
  readonly pkg: { readonly name: string; readonly version: string };
  readonly tag?: string;
  readonly out: string;
  /** Defaults to the repository's CHANGELOG.md. */
  readonly changelogFile?: string;
}
export const STEPS: ReadonlyArray<ReleaseStep>;
export const DEFAULT_OUT: string;
export const MANIFEST: string;
export const NOTES: string;
export const FLAVOR_NAMES: string[];
export function isMajorBump(baseline: string, version: string): boolean;
export function parseVersion(version: string): number[] | undefined;
export function readAllowFile(file: string): { keys: Set<string>; problems: string[] };
/** The version step: failure messages, empty when version, tag and changelog agree. */
export function checkVersion(ctx: CheckContext): string[];
export function writeManifest(out: string, version: string, tag: string | undefined, packages: PackedTarball[]): void;
