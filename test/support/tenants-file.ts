// The tenants file the tests load: a copy of the tenants example (tenants.json and its two scripts) in
// test/fixtures/tenants, so that library tests do not import the examples. Only the `$schema` path
// differs. test/repository/ checks the example itself.
import { join } from 'path';

export const TENANTS_FILE = join(__dirname, '..', 'fixtures', 'tenants', 'tenants.json');
