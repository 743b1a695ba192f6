// The package's public API as TypeScript sees it: every exported class, its constructor (when public),
// its public static methods and its public instance methods, read from lib/index.ts with the compiler
// API. The wrong-shape corpus uses it to prove that it covers every entry point.
import * as path from 'path';
import * as ts from 'typescript';

/** `new X`, `X.staticMethod` and `X#method` for every public entry point that takes arguments. */
export function publicEntryPoints(): string[] {
  const index = path.join(__dirname, '..', '..', 'lib', 'index.ts');
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

/** Parameters that name where a construct goes, not what it is: `scope` and `id` of a constructor. */
const PLACEMENT = new Set(['scope', 'id']);
/** Parameters that hold the props: their fields are named without the parameter (`name`, not `props.name`). */
const PROPS_PARAMETERS = new Set(['props', 'options', 'attrs']);

/**
 * Every prop of every public entry point, as `<entry point>: <path>`: each parameter, each field of a
 * props interface, and the fields of nested option interfaces (`schedule.interval`, `parameters[].name`,
 * `importExisting.modules`). Fields typed by a class or an `I*` interface (a runtime, an account) are one prop.
 */
export function publicProps(): string[] {
  const index = path.join(__dirname, '..', '..', 'lib', 'index.ts');
  const program = ts.createProgram([index], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, strict: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  const libDirectory = path.join(__dirname, '..', '..', 'lib');
  const props: string[] = [];

  const optionInterface = (type: ts.Type): ts.Type | undefined => {
    const declaration = type.getSymbol()?.declarations?.[0];
    const name = type.getSymbol()?.getName() ?? '';
    return declaration && ts.isInterfaceDeclaration(declaration) && !/^I[A-Z]/.test(name)
      && path.resolve(declaration.getSourceFile().fileName).startsWith(libDirectory) ? type : undefined;
  };
  const walk = (entry: string, type: ts.Type, at: string, depth: number): void => {
    if (at !== '') {
      props.push(`${entry}: ${at}`);
    }
    if (depth > 4) {
      return;
    }
    const nonNull = checker.getNonNullableType(type);
    const element = checker.isArrayType(nonNull) ? checker.getTypeArguments(nonNull as ts.TypeReference)[0] : undefined;
    const fields = optionInterface(element ?? nonNull);
    if (!fields) {
      return;
    }
    const prefix = at === '' ? '' : `${at}${element ? '[]' : ''}.`;
    for (const field of checker.getPropertiesOfType(fields)) {
      walk(entry, checker.getTypeOfSymbol(field), `${prefix}${field.getName()}`, depth + 1);
    }
  };

  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.find(ts.isClassDeclaration);
    if (!declaration) {
      continue;
    }
    for (const member of declaration.members) {
      const modifiers = ts.getCombinedModifierFlags(member);
      if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) {
        continue;
      }
      let entry: string;
      if (ts.isConstructorDeclaration(member)) {
        entry = `new ${symbol.getName()}`;
      } else if (ts.isMethodDeclaration(member)) {
        entry = `${symbol.getName()}${modifiers & ts.ModifierFlags.Static ? '.' : '#'}${member.name.getText()}`;
      } else {
        continue;
      }
      // `scope, id` of a construct's constructor or static factory: where it goes, checked by constructs itself.
      const isConstruct = member.parameters.length >= 2 && member.parameters[0].name.getText() === 'scope' && member.parameters[1].name.getText() === 'id';
      for (const parameter of member.parameters) {
        const name = parameter.name.getText();
        if (isConstruct && PLACEMENT.has(name)) {
          continue;
        }
        const type = checker.getTypeAtLocation(parameter);
        props.push(`${entry}: ${name}`);
        walk(entry, type, PROPS_PARAMETERS.has(name) ? '' : name, 0);
      }
    }
  }
  return [...new Set(props)].sort();
}
