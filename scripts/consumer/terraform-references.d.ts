// Types of terraform-references.js, for the jest suite.
export interface Reference {
  /** 'resource', 'data', 'var', 'local' or 'self'. */
  readonly root: string;
  readonly type: string | undefined;
  readonly name: string | undefined;
  /** The first attribute after the address (`identity` in `x.y.identity[0].principal_id`), if any. */
  readonly attribute: string | undefined;
  /** The block the reference is written in: kind 'resource' or 'data' with its type and name, or another top-level kind. */
  readonly in: { readonly kind: string; readonly type?: string; readonly name?: string };
  /** The JSON path of the string that holds it. */
  readonly path: string;
}
export function interpolations(text: string): string[];
export function referencesIn(body: string): Array<Omit<Reference, 'in' | 'path'>>;
export function references(config: unknown): Reference[];
export function declared(config: unknown): Set<string>;
export function danglingReferences(config: unknown): string[];
