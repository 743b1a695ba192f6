// Terraform version constraints (`>= 4.75.0, < 6.0.0`, `~> 4.0`, `= 4.55.0`), reduced to the interval of
// versions they admit, so the package can tell whether a constraint the user set leaves room for a
// feature. Syntax: https://developer.hashicorp.com/terraform/language/expressions/version-constraints
// (operators =, !=, >, >=, <, <=, ~>; comma means "and"). `!=` never empties a range, so it is ignored.
import { internalError } from '../validation/errors';

/** A version as three numbers. */
export type Version = [number, number, number];

/** Versions v with `lower <= v < upper` (`upper` undefined: no upper bound). */
export interface VersionInterval {
  readonly lower: Version;
  readonly upper?: Version;
}

const PART = /^\s*(=|!=|>=|<=|>|<|~>)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-[0-9A-Za-z.-]+)?\s*$/;

/** Compares two versions. */
export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Parses `4.75.0` (missing parts are 0); the versions parsed are this package's own, so a bad one is a bug. */
export function parseVersion(text: string): Version {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text.trim());
  if (!match) {
    internalError(`"${text}" is not a version such as 4.75.0`);
  }
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

/** Shows a version as `4.75.0`. */
export function formatVersion(v: Version): string {
  return v.join('.');
}

/** The interval a constraint admits, or undefined when the text is not a constraint Terraform accepts. */
export function constraintInterval(constraint: string): VersionInterval | undefined {
  let lower: Version = [0, 0, 0];
  let upper: Version | undefined;
  const raise = (v: Version) => { if (compareVersions(v, lower) > 0) lower = v; };
  const cap = (v: Version) => { if (upper === undefined || compareVersions(v, upper) < 0) upper = v; };
  for (const part of constraint.split(',')) {
    const match = PART.exec(part);
    if (!match) {
      return undefined;
    }
    const operator = match[1] ?? '=';
    const given = [match[2], match[3], match[4]].filter((p) => p !== undefined).length;
    const v: Version = [Number(match[2]), Number(match[3] ?? 0), Number(match[4] ?? 0)];
    const next: Version = [v[0], v[1], v[2] + 1];
    switch (operator) {
      case '=': raise(v); cap(next); break;
      case '>=': raise(v); break;
      case '>': raise(next); break;
      case '<': cap(v); break;
      case '<=': cap(next); break;
      case '~>':
        // ~> 4.0 admits >= 4.0.0, < 5.0.0; ~> 4.75.0 admits >= 4.75.0, < 4.76.0; ~> 4 admits >= 4.0.0.
        raise(v);
        if (given === 3) cap([v[0], v[1] + 1, 0]);
        else if (given === 2) cap([v[0] + 1, 0, 0]);
        break;
      case '!=': break;
    }
  }
  return { lower, upper };
}

/** The versions both intervals admit, or undefined when there are none. */
export function intersect(a: VersionInterval, b: VersionInterval): VersionInterval | undefined {
  const lower = compareVersions(a.lower, b.lower) >= 0 ? a.lower : b.lower;
  const upper = a.upper === undefined ? b.upper : b.upper === undefined ? a.upper : compareVersions(a.upper, b.upper) <= 0 ? a.upper : b.upper;
  return upper !== undefined && compareVersions(lower, upper) >= 0 ? undefined : { lower, upper };
}

/** True when every version `inner` admits is admitted by `outer`. */
export function within(inner: VersionInterval, outer: VersionInterval): boolean {
  return compareVersions(inner.lower, outer.lower) >= 0
    && (outer.upper === undefined || (inner.upper !== undefined && compareVersions(inner.upper, outer.upper) <= 0));
}

/** Shows an interval as a Terraform constraint: `>= 4.75.0, < 6.0.0`. */
export function formatInterval(interval: VersionInterval): string {
  const lower = `>= ${formatVersion(interval.lower)}`;
  return interval.upper === undefined ? lower : `${lower}, < ${formatVersion(interval.upper)}`;
}
