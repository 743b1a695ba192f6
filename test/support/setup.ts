// Adds cdktf's matchers (toHaveResource, toHaveResourceWithProperties, toBeValidTerraform, ...) to jest.
import { Testing } from 'cdktf';

Testing.setupJest();
