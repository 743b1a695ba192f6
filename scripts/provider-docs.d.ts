// Types of provider-docs.js, for the jest suite.
export interface PageNames {
  readonly arguments: string[];
  /** Argument names of each nested block, by the block's name as the page heads its list. */
  readonly blocks: { [block: string]: string[] };
  readonly attributes: string[];
}
export function pageNames(markdown: string | undefined): PageNames | null;
