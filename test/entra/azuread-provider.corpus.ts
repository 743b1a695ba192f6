// The rows of AzureAdProvider (lib/entra/azuread-provider.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { AzureAdProvider } from '../../lib';
import { ConstructRows, GUID } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new AzureAdProvider', 'props a list', (f) => new AzureAdProvider(f.stack, 'x', [] as any), 'test/x: props [] must be an object with the documented properties'],
    ['new AzureAdProvider', 'tenantId a domain name', (f) => new AzureAdProvider(f.stack, 'x', { tenantId: 'contoso.onmicrosoft.com' }), 'test/x: tenantId "contoso.onmicrosoft.com" must be a GUID'],
  ],
  entryPoints: {
    'new AzureAdProvider': { call: (f, a) => new AzureAdProvider(f.stack, 'x', a.props), valid: () => ({ props: { tenantId: GUID, useOidc: true } }) },
  },
  props: [
    ['new AzureAdProvider', 'tenantId', 42, 'test/x: tenantId 42 must be a string'],
    ['new AzureAdProvider', 'clientId', 42, 'test/x: clientId 42 must be a string'],
    ['new AzureAdProvider', 'clientIdFilePath', 42, 'test/x: clientIdFilePath 42 must be a string'],
    ['new AzureAdProvider', 'oidcTokenFilePath', 42, 'test/x: oidcTokenFilePath 42 must be a string'],
    ['new AzureAdProvider', 'adoPipelineServiceConnectionId', 42, 'test/x: adoPipelineServiceConnectionId 42 must be a string'],
    ['new AzureAdProvider', 'clientCertificatePath', 42, 'test/x: clientCertificatePath 42 must be a string'],
    ['new AzureAdProvider', 'environment', 42, 'test/x: environment 42 must be a string'],
    ['new AzureAdProvider', 'useOidc', 'yes', 'test/x: useOidc "yes" must be true or false'],
    ['new AzureAdProvider', 'useMsi', 'yes', 'test/x: useMsi "yes" must be true or false'],
    ['new AzureAdProvider', 'useCli', 'yes', 'test/x: useCli "yes" must be true or false'],
    ['new AzureAdProvider', 'useAksWorkloadIdentity', 'yes', 'test/x: useAksWorkloadIdentity "yes" must be true or false'],
    ['new AzureAdProvider', 'props', 'x', 'test/x: props "x" must be an object with the documented properties'],
  ],
};
