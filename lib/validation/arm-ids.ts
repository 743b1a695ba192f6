// The one matcher of ARM ids (and the other import ids of import-ids.ts) against their format: it reads
// the named parts of an id and compares them with the names the configuration gives. Two questions, two
// case rules, each chosen by the caller:
// - segment names (`resourceGroups`, `providers`, `Microsoft.Automation`, `automationAccounts`): exact by
//   default, because azurerm's importers and id validators parse them case-sensitively (e.g.
//   `automationaccount.ParseAutomationAccountID` in the Importer of azurerm_automation_account,
//   internal/services/automation/automation_account_resource.go, hashicorp/terraform-provider-azurerm; the
//   `...Insensitively` parsers are not used there), so an id must be written as Azure returns it. `anyCase`
//   only where the id is compared, never handed to the provider (the collision check).
// - names (the parts: resource group, account, runbook...): Azure resolves them case-insensitively, so an
//   id that names an existing account `AA-EXO` still names the account `aa-exo` (`anyCase`, for an account
//   described by its attributes); but azurerm reads `name` back from the imported id and its names are
//   ForceNew, so an import id whose name differs from the configuration in case alone makes Terraform replace
//   the object (`exact`, for import ids).

import { isUnresolved } from './values';

/** How a text is compared: exactly, or ignoring case. */
export type CaseRule = 'exact' | 'anyCase';

/** Names the configuration gives for an id's named parts; undefined: not known, not compared. */
export type ExpectedParts = { [part: string]: string | undefined };

/** A named part of an id that names something else than the configuration does. */
export interface PartMismatch {
  /** The part's name in the format's pattern, e.g. `account`. */
  readonly part: string;
  /** What the id says. */
  readonly got: string;
  /** What the configuration says. */
  readonly want: string;
}

/** How {@link matchArmId} compares. */
export interface ArmIdMatchOptions {
  /** Segment names. @default 'exact' */
  readonly segments?: CaseRule;
  /** Named parts against `expected`. @default 'exact' */
  readonly names?: CaseRule;
}

/** What an id holds: its named parts, and those that disagree with the expected names, in their order. */
export interface ArmIdMatch {
  readonly parts: { [part: string]: string };
  readonly mismatches: PartMismatch[];
}

/** The pattern with segment names in any case, made once per pattern. */
const anyCasePatterns = new WeakMap<RegExp, RegExp>();

function patternFor(pattern: RegExp, segments: CaseRule): RegExp {
  if (segments === 'exact' || pattern.ignoreCase) {
    return pattern;
  }
  let anyCase = anyCasePatterns.get(pattern);
  if (anyCase === undefined) {
    anyCase = new RegExp(pattern.source, `${pattern.flags}i`);
    anyCasePatterns.set(pattern, anyCase);
  }
  return anyCase;
}

/**
 * Matches `id` against `pattern` (a format's pattern with named groups) and compares its named parts with
 * `expected`. Undefined when the id does not have the format; otherwise its parts and the expected names it
 * disagrees with (none when it agrees), in the order of `expected`. A part that is not in the id, and an
 * expected value that is undefined or a Terraform token, are not compared.
 */
export function matchArmId(pattern: RegExp, id: string, expected: ExpectedParts = {}, options: ArmIdMatchOptions = {}): ArmIdMatch | undefined {
  const match = patternFor(pattern, options.segments ?? 'exact').exec(id);
  if (!match) {
    return undefined;
  }
  const parts = { ...match.groups };
  const same = options.names === 'anyCase'
    ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
    : (a: string, b: string) => a === b;
  const mismatches: PartMismatch[] = [];
  for (const [part, want] of Object.entries(expected)) {
    const got = parts[part];
    if (want !== undefined && got !== undefined && !isUnresolved(want) && !same(got, want)) {
      mismatches.push({ part, got, want });
    }
  }
  return { parts, mismatches };
}
