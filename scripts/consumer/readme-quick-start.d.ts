// Types of readme-quick-start.js, for the jest suite.
export interface QuickStart {
  /** The first sh block: the commands that create the project and install the packages. */
  readonly commands: string;
  /** Each file the section shows (a fenced block right after a line "`<name>`:"), by name. */
  readonly files: { [name: string]: string };
  /** The directory the commands cd into. */
  readonly projectDir: string;
  /** The first line of the second sh block, without its comment. */
  readonly synth: string;
}
export function quickStart(markdown: string): QuickStart;
export function withTarball(commands: string, packageName: string, tarball: string): string;
