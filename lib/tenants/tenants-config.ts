// Reads and checks a tenants file (tenants.json): the configuration an ops team edits instead of writing
// TypeScript. Every problem names the file, the JSON path (tenants[1].roles[0]) and the rule, so the file
// can be fixed from the message alone. schema/tenants.schema.json states the same rules for editors;
// test/repository/tenants-schema.test.ts keeps the two in step.
import { readFileSync } from 'fs';
import * as path from 'path';
import { EntraRole } from '../entra/entra-role';
import { decodeJsonFile, parseJson, stripBom } from './json-text';
import { checkTenant, checkTenantsState } from './tenant-checks';
import {
  STATE_FIELDS, TENANT_CONFIG_FIELDS, TENANT_FIELDS, TENANT_RUNTIMES, TenantConfig, TenantRunbookConfig, TenantsFileContent, TenantsStateConfig,
} from './tenants-file';
import { fail, requireString } from '../validation/values';
import { ConfigurationError } from '../validation/errors';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, checked field by field
type Json = any;

/** Each of `fields` of `raw` (undefined when `raw` is not an object), unchecked. */
function copyFields<T>(raw: Json, fields: ReadonlyArray<keyof T & string>): T {
  return Object.fromEntries(fields.map((field) => [field, raw?.[field]])) as T;
}

/** Reads tenants files: one Terraform stack per tenant (see TenantStacks). */
export class TenantsConfig {
  /** Reads and checks the tenants file at `file`; runbook files resolve against its folder. */
  public static load(file: string): TenantsFileContent {
    requireString('TenantsConfig.load', 'file', file);
    let text: string;
    try {
      text = decodeJsonFile(readFileSync(file));
    } catch (error) {
      throw new ConfigurationError(`${file}: (file) must be readable: ${(error as Error).message}`);
    }
    return TenantsConfig.parse(text, file, path.dirname(path.resolve(file)));
  }

  /**
   * Checks the text of a tenants file. `sourceName` prefixes every message; runbook `file` paths resolve
   * against `baseDirectory`.
   */
  public static parse(text: string, sourceName: string, baseDirectory: string): TenantsFileContent {
    if (typeof text !== 'string') {
      fail('TenantsConfig.parse', 'text', text, 'must be the text of a tenants file (a string)');
    }
    requireString('TenantsConfig.parse', 'sourceName', sourceName);
    requireString('TenantsConfig.parse', 'baseDirectory', baseDirectory);
    return new Reader(sourceName, baseDirectory).file(stripBom(text));
  }

  private constructor() {}
}

/** What the tenants read so far claim (a name, a resource group), by key: the JSON path that claimed it. */
class Claims {
  private readonly owners = new Map<string, string>();
  private readonly accounts = new Map<string, string>();

  /** The JSON path that claimed `key` before, or undefined (then `at` claims it). */
  public take(key: string, at: string): string | undefined {
    const owner = this.owners.get(key);
    if (owner === undefined) {
      this.owners.set(key, at);
    }
    return owner;
  }

  public accountOf(key: string): string | undefined {
    return this.accounts.get(key);
  }

  public setAccount(key: string, account: string): void {
    if (!this.accounts.has(key)) {
      this.accounts.set(key, account);
    }
  }
}

/**
 * Reads one file and reports every problem in it, each naming the file and the JSON path (one per line, in
 * the order of the file). The reader turns JSON into a TenantConfig (role names, runtime names, file paths)
 * and refuses what only JSON can get wrong (unknown fields, unknown role or runtime names); every value is
 * then checked by the rules TenantStack applies (tenant-checks.ts), which name the same paths. A problem
 * the reader reported is not reported again by those rules.
 */
class Reader {
  private readonly problems: string[] = [];
  private readonly reported: string[] = [];

  constructor(private readonly source: string, private readonly baseDirectory: string) {}

  public file(text: string): TenantsFileContent {
    const parsed = parseJson(text);
    if ('error' in parsed) {
      const { line, column, problem } = parsed.error;
      this.problem('(file)', `must be JSON: line ${line}, column ${column}: ${problem}`);
      return this.done(undefined as never);
    }
    const raw: Json = parsed.value;
    if (!this.object('(file)', raw, TENANT_FIELDS.file)) {
      return this.done(undefined as never);
    }
    if (raw.state === undefined) {
      this.problem('state', 'is required: where Terraform keeps each tenant\'s state');
    } else if (this.object('state', raw.state, TENANT_FIELDS.state)) {
      checkTenantsState(this.source, 'state', raw.state, this.report);
    }
    const state = copyFields<TenantsStateConfig>(raw.state, STATE_FIELDS);
    if (!Array.isArray(raw.tenants) || raw.tenants.length === 0) {
      this.problem('tenants', 'must list at least one tenant');
      return this.done(undefined as never);
    }
    const claims = new Claims();
    const tenants: TenantConfig[] = [];
    raw.tenants.forEach((tenant: Json, i: number) => {
      const at = `tenants[${i}]`;
      const config = this.tenant(tenant, at);
      if (config === undefined) {
        return;
      }
      checkTenant(this.source, at, config, this.report);
      this.claim(claims, at, config);
      tenants.push(config);
    });
    return this.done({ state, tenants });
  }

  /**
   * Refuses what two tenants would both manage: the stack name and state blob (the tenant name), and
   * the resource group each stack creates, with the Automation account and the identity in it.
   */
  private claim(claims: Claims, at: string, t: TenantConfig): void {
    if (typeof t.name === 'string') {
      const other = claims.take(`name:${t.name}`, `${at}.name`);
      if (other !== undefined) {
        this.problem(`${at}.name`, `"${t.name}" is also ${other}; each tenant needs its own name (it names the stack exo-${t.name} `
          + `and its state blob exchange-online/${t.name}.tfstate, which two tenants would overwrite)`);
      }
    }
    if (typeof t.subscriptionId === 'string' && typeof t.resourceGroupName === 'string') {
      // Azure compares subscription ids and resource group names without regard to case.
      const key = `group:${t.subscriptionId.toLowerCase()}/${t.resourceGroupName.toLowerCase()}`;
      const other = claims.take(key, `${at}.resourceGroupName`);
      if (other !== undefined) {
        const what = claims.accountOf(key) === String(t.automationAccountName).toLowerCase()
          ? `, and ${at}.automationAccountName "${t.automationAccountName}" is the same Automation account in it,` : '';
        this.problem(`${at}.resourceGroupName`, `"${t.resourceGroupName}" in subscription ${t.subscriptionId} is also ${other}${what} `
          + 'so two state files would manage one resource group (each tenant\'s stack creates its resource group and everything in it); '
          + 'give each tenant its own resource group');
      }
      claims.setAccount(key, String(t.automationAccountName).toLowerCase());
    }
  }

  /** The tenant at `at` as a TenantConfig (values not yet checked), or undefined when it is not an object. */
  private tenant(t: Json, at: string): TenantConfig | undefined {
    if (!this.object(at, t, TENANT_FIELDS.tenant)) {
      return undefined;
    }
    const supported = EntraRole.exchangeOnlineSupportedRoles();
    const roles = !Array.isArray(t.roles) ? t.roles : t.roles.map((roleName: unknown, r: number) => {
      // Exact case, as the schema's list has them (editors offer these names).
      const role = supported.find((x) => x.displayName === roleName);
      const otherCase = typeof roleName === 'string' ? supported.find((x) => x.displayName.toLowerCase() === roleName.toLowerCase()) : undefined;
      if (otherCase !== undefined && role === undefined) {
        this.problem(`${at}.roles[${r}]`, `${JSON.stringify(roleName)} must be written ${JSON.stringify(otherCase.displayName)} (role names are case-sensitive in this file)`);
      } else if (role === undefined) {
        this.problem(`${at}.roles[${r}]`, `${JSON.stringify(roleName)} must be one of: ${supported.map((x) => x.displayName).join(', ')}`);
      }
      return role ?? roleName;
    });
    const runtimeName = t.runtime ?? '5.1';
    const runtime = typeof runtimeName === 'string' && Object.prototype.hasOwnProperty.call(TENANT_RUNTIMES, runtimeName) ? TENANT_RUNTIMES[runtimeName] : undefined;
    if (runtime === undefined) {
      this.problem(`${at}.runtime`, `must be "5.1", "7.2", "7.4" or "7.6" (found ${JSON.stringify(t.runtime)})`);
    }
    const runbooks = t.runbooks === undefined ? [] : !Array.isArray(t.runbooks) ? t.runbooks
      : t.runbooks.map((rb: Json, r: number) => this.runbook(rb, `${at}.runbooks[${r}]`));
    // Every field as written, in the order of TenantConfig, but roles, runtime and runbooks as read above.
    return { ...copyFields<TenantConfig>(t, TENANT_CONFIG_FIELDS), roles, runtime: runtime ?? t.runtime, runbooks };
  }

  /** The runbook at `at`, its file resolved against the tenants file's folder. */
  private runbook(rb: Json, at: string): TenantRunbookConfig {
    if (!this.object(at, rb, TENANT_FIELDS.runbook)) {
      return rb;
    }
    // Unknown fields of parameters and the schedule (their values are checked by the shared rules).
    if (Array.isArray(rb.parameters)) {
      rb.parameters.forEach((parameter: Json, p: number) => this.fieldsOf(`${at}.parameters[${p}]`, parameter, TENANT_FIELDS.parameter));
    }
    this.fieldsOf(`${at}.schedule`, rb.schedule, TENANT_FIELDS.schedule);
    return {
      name: rb.name,
      file: typeof rb.file === 'string' && rb.file.trim() !== '' ? path.resolve(this.baseDirectory, rb.file) : rb.file,
      parameters: rb.parameters,
      schedule: rb.schedule,
    };
  }

  /** Reports each field of `value` (when an object) that is not one of `fields`. */
  private fieldsOf(at: string, value: Json, fields: string[]): void {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of Object.keys(value).filter((name) => !fields.includes(name))) {
        this.problem(`${at}.${key}`, `is not a known field; the known fields are ${fields.join(', ')}`);
      }
    }
  }

  /** Whether `value` is a JSON object; reports it when not, and each field it has that is not one of `fields`. */
  private object(at: string, value: Json, fields: string[]): boolean {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.problem(at, `must be a JSON object (found ${JSON.stringify(value)})`);
      return false;
    }
    for (const key of Object.keys(value).filter((name) => !fields.includes(name))) {
      this.problem(at === '(file)' ? key : `${at}.${key}`, `is not a known field; the known fields are ${fields.filter((f) => !f.startsWith('$')).join(', ')}`);
    }
    return true;
  }

  /** A problem the shared rules found, unless the reader reported one at the same path or above it already. */
  private readonly report = (at: string, problem: Error): void => {
    if (!this.reported.some((done) => at === done || at.startsWith(`${done}.`) || at.startsWith(`${done}[`))) {
      this.problems.push(problem.message);
    }
  };

  private problem(at: string, rule: string): void {
    this.problems.push(`${this.source}: ${at} ${rule}`);
    this.reported.push(at);
  }

  /** `content` when the file had no problem; otherwise throws one error that lists them all. */
  private done(content: TenantsFileContent): TenantsFileContent {
    if (this.problems.length > 0) {
      throw new ConfigurationError(this.problems.join('\n'));
    }
    return content;
  }
}
