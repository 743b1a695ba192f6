// The package's public API as TypeScript sees it: every exported class, its constructor (when public),
// its public static methods and its public instance methods, read from lib/index.ts with the compiler
// API. The wrong-shape corpus uses it to prove that it covers every entry point.
import * as path from 'path';
import * as ts from 'typescript';

/** `new X`, `X.staticMethod` and `X#method` for every public entry point that takes arguments. */
export function publicEntryPoints(): string[] {
  const index = path.join(__dirname, '..', 'lib', 'index.ts');
  const program = ts.createProgram([index], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, strict: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  const entries: string[] = [];
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.find(ts.isClassDeclaration);
    if (!declaration) {
      continue;
    }
    const name = symbol.getName();
    for (const member of declaration.members) {
      const modifiers = ts.getCombinedModifierFlags(member);
      if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) {
        continue;
      }
      if (ts.isConstructorDeclaration(member) && member.parameters.length > 0) {
        entries.push(`new ${name}`);
      } else if (ts.isMethodDeclaration(member) && member.parameters.length > 0) {
        const method = member.name.getText();
        entries.push(modifiers & ts.ModifierFlags.Static ? `${name}.${method}` : `${name}#${method}`);
      }
    }
  }
  return [...new Set(entries)].sort();
}
