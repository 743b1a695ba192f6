// The rows of TenantsConfig (lib/tenants/tenants-config.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { readFileSync } from 'fs';
import { join } from 'path';
import { TenantsConfig } from '../../lib';
import { ConstructRows } from '../corpus/corpus';
import { TENANTS_FILE } from '../support/tenants-file';

export const ROWS: ConstructRows = {
  cases: [
    ['TenantsConfig.load', 'file missing', () => TenantsConfig.load(undefined as any), 'TenantsConfig.load: file (missing) must be a string'],
    ['TenantsConfig.parse', 'text an object', () => TenantsConfig.parse({ tenants: [] } as any, 'tenants.json', '.'), 'TenantsConfig.parse: text {"tenants":[]} must be the text of a tenants file (a string)'],
  ],
  entryPoints: {
    'TenantsConfig.load': { call: (_f, a) => TenantsConfig.load(a.file), valid: () => ({ file: TENANTS_FILE }) },
    'TenantsConfig.parse': { call: (_f, a) => TenantsConfig.parse(a.text, a.sourceName, a.baseDirectory), valid: () => ({ text: readFileSync(TENANTS_FILE, 'utf8'), sourceName: 'tenants.json', baseDirectory: join(TENANTS_FILE, '..') }) },
  },
  props: [
    ['TenantsConfig.load', 'file', 42, 'TenantsConfig.load: file 42 must be a string'],
    ['TenantsConfig.parse', 'baseDirectory', 42, 'TenantsConfig.parse: baseDirectory 42 must be a string'],
    ['TenantsConfig.parse', 'sourceName', 42, 'TenantsConfig.parse: sourceName 42 must be a string'],
    ['TenantsConfig.parse', 'text', 42, 'TenantsConfig.parse: text 42 must be the text of a tenants file (a string)'],
  ],
};
