// Terraform version constraints reduced to the interval of versions they admit (lib/terraform/version-constraints.ts).
import { constraintInterval, formatInterval } from '../../lib/terraform/version-constraints';

describe('constraint arithmetic', () => {
  test.each([
    ['>= 4.75.0, < 6.0.0', '>= 4.75.0, < 6.0.0'],
    ['~> 4.0', '>= 4.0.0, < 5.0.0'],
    ['~> 4.75.1', '>= 4.75.1, < 4.76.0'],
    ['= 4.55.0', '>= 4.55.0, < 4.55.1'],
    ['4.55.0', '>= 4.55.0, < 4.55.1'],
    ['> 4.1, <= 5.2.0, != 5.0.0', '>= 4.1.1, < 5.2.1'],
    ['>= 3', '>= 3.0.0'],
  ])('%s admits %s', (constraint, interval) => {
    expect(formatInterval(constraintInterval(constraint)!)).toBe(interval);
  });

  test('rejects what Terraform rejects', () => {
    expect(constraintInterval('latest')).toBeUndefined();
    expect(constraintInterval('>= 4.x')).toBeUndefined();
  });
});
