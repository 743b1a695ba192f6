// The start-time parser against what Go's time.Parse(time.RFC3339, ...) accepts and refuses (the
// provider's validation.IsRFC3339Time). Expected instants are written out, not computed by Date.parse.
import { parseRfc3339 } from '../../lib/validation/rfc3339';

const instant = (text: string) => {
  const parsed = parseRfc3339(text);
  if (typeof parsed === 'string') {
    throw new Error(`${text}: ${parsed}`);
  }
  return new Date(parsed.epochMs).toISOString();
};

describe('parseRfc3339 (Go time.RFC3339)', () => {
  test.each([
    ['2026-12-01T06:00:00Z', '2026-12-01T06:00:00.000Z'],
    ['2026-12-01T07:00:00+01:00', '2026-12-01T06:00:00.000Z'],
    ['2026-12-01T00:30:00-05:30', '2026-12-01T06:00:00.000Z'],
    ['2096-02-29T06:00:00Z', '2096-02-29T06:00:00.000Z'], // leap year
    ['2000-02-29T06:00:00Z', '2000-02-29T06:00:00.000Z'], // divisible by 400
    ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59.000Z'],
    ['2026-12-01T06:00:00.5Z', '2026-12-01T06:00:00.500Z'], // fractional seconds
    ['2026-12-01T06:00:00.123456789Z', '2026-12-01T06:00:00.123Z'],
    ['2026-12-01T06:00:00,25Z', '2026-12-01T06:00:00.250Z'], // Go also takes a comma
    ['2026-12-01T6:00:00Z', '2026-12-01T06:00:00.000Z'], // Go's parser reads a one-digit hour
    ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z'], // not mapped to 1999
  ])('accepts %s (= %s)', (text, iso) => {
    expect(instant(text)).toBe(iso);
  });

  test.each([
    ['2099-02-30T06:00:00Z', 'day 30 does not exist in 2099-02 (it has 28 days)'],
    ['2100-02-29T06:00:00Z', 'day 29 does not exist in 2100-02 (it has 28 days)'], // not a leap year
    ['2097-02-29T06:00:00Z', 'day 29 does not exist in 2097-02 (it has 28 days)'],
    ['2026-04-31T06:00:00Z', 'day 31 does not exist in 2026-04 (it has 30 days)'],
    ['2026-12-00T06:00:00Z', 'day 0 does not exist in 2026-12 (it has 31 days)'],
    ['2026-13-01T06:00:00Z', 'month 13 does not exist'],
    ['2026-00-01T06:00:00Z', 'month 0 does not exist'],
    ['2026-12-01T24:00:00Z', 'hour 24 does not exist (0-23)'],
    ['2026-12-01T06:60:00Z', 'minute 60 does not exist (00-59)'],
    ['2026-12-01T06:00:60Z', 'second 60 does not exist (00-59)'],
    ['2026-12-01T06:00:00+24:00', 'offset +24:00 is out of range (-23:59 to +23:59)'],
    ['2026-12-01T06:00:00+01:60', 'offset +01:60 is out of range (-23:59 to +23:59)'],
    ['2026-12-01T06:00:00', 'an offset must follow the time: Z or +hh:mm / -hh:mm'],
    ['2026-12-01T06:00Z', '":" must follow the minute'],
    ['2026-12-01 06:00:00Z', '"T" must follow the date (an upper-case T)'],
    ['2026-12-01t06:00:00Z', '"T" must follow the date (an upper-case T)'],
    ['2026-12-01T06:00:00z', 'an offset must follow the time: Z or +hh:mm / -hh:mm'],
    ['2026-12-01T06:00:00+0100', '":" must follow the offset hour'],
    ['2026-12-01T06:00:00Z ', 'nothing may follow the offset (found " ")'],
    ['2026-12-01T06:00:00.Z', 'an offset must follow the time: Z or +hh:mm / -hh:mm'],
    ['26-12-01T06:00:00Z', 'the year must be 4 digits'],
    ['2026-1-01T06:00:00Z', 'the month must be 2 digits'],
    ['', 'the year must be 4 digits'],
  ])('refuses %s: %s', (text, reason) => {
    expect(parseRfc3339(text)).toBe(reason);
  });

  test('reads a long fraction in one pass (a linear scan, no regular expression)', () => {
    const long = `2026-12-01T06:00:00.${'1'.repeat(1_000_000)}Z`;
    expect(typeof parseRfc3339(long)).toBe('object');
    expect(parseRfc3339(`${long}x`)).toBe('nothing may follow the offset (found "x")');
  });
});
