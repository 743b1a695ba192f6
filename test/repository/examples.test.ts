// Every example app (and every test-only fixture stack, test/repository/stacks) synthesizes, matches its
// snapshot (CI never updates snapshots), passes the policy checks, is byte-identical when synthesized
// twice, keeps its Terraform addresses, carries no secret and no path of the machine that built it.
import { readFileSync } from 'fs';
import { join } from 'path';
import { Testing } from 'cdktf';
import { CHECKED_STACKS, terraformAddresses } from './example-stacks';

const PINNED_ADDRESSES: { [example: string]: string[] } = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'example-addresses.json'), 'utf8'));

// Resource types and configured attribute names that would carry a credential.
const SECRET_WORDS = /password|secret|(^|_)key($|_)|private_key|access_key|certificate|credential|token|sas/i;

function keysOf(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => keysOf(v, `${path}[${i}]`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [`${path}.${k}`, ...keysOf(v, `${path}.${k}`)]);
  }
  return [];
}

describe.each(CHECKED_STACKS)('example %s', (name, build) => {
  const synthesized = () => Testing.synth(build(Testing.app()));

  test('matches the snapshot', () => {
    // Normalized JSON: cdktf and CDK Terrain print an empty object differently ({\n} and {}), and both
    // flavors' runs share these snapshots, which proves their outputs equal.
    expect(JSON.stringify(JSON.parse(synthesized()), null, 2)).toMatchSnapshot();
  });

  test('passes the policy checks (no error annotations)', () => {
    const stack = build(Testing.app());
    Testing.synth(stack);
    const errors = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/error'));
    expect(errors.map((m) => m.data)).toEqual([]);
  });

  test('synthesizes byte-identical output twice', () => {
    expect(synthesized()).toBe(synthesized());
  });

  test('keeps its Terraform addresses (a rename would replace resources in existing deployments)', () => {
    expect(terraformAddresses(JSON.parse(synthesized()))).toEqual(PINNED_ADDRESSES[name]);
  });

  test('contains no password, secret, key or certificate resource or attribute', () => {
    const json = JSON.parse(synthesized());
    const types = [...Object.keys(json.resource ?? {}), ...Object.keys(json.data ?? {})];
    expect(types.filter((t) => SECRET_WORDS.test(t))).toEqual([]);
    const configured = keysOf({ resource: json.resource, data: json.data, provider: json.provider, variable: json.variable })
      .map((k) => k.split('.').pop()!.replace(/\[\d+\]$/, ''))
      .filter((k) => k !== '//' && k !== 'metadata');
    expect(configured.filter((k) => SECRET_WORDS.test(k))).toEqual([]);
    expect(json.variable).toBeUndefined();
  });

  test('carries no machine path, and its state location travels (relative local path, or azurerm with Entra ID auth)', () => {
    const output = synthesized();
    expect(output).not.toContain(process.cwd());
    const backend = JSON.parse(output).terraform.backend;
    if (backend.local) {
      expect(backend.local.path).toMatch(/^terraform\.[\w-]+\.tfstate$/);
    } else {
      expect(backend.azurerm).toMatchObject({ use_azuread_auth: true, key: expect.stringMatching(/^exchange-online\/[a-z0-9-]+\.tfstate$/) });
      expect(Object.keys(backend.azurerm).filter((k) => /access_key|sas_token|secret|password/.test(k))).toEqual([]);
    }
  });
});
