// Types of readme.js, for the jest suite.
export function flavorReadme(source: string, flavor: string): string;
export function installLine(flavor: string, which?: 'dependencies' | 'ops'): string;
