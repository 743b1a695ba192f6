// What azurerm accepts as a schedule's `start_time`: validation.IsRFC3339Time, which is Go's
// `time.Parse(time.RFC3339, v)` (hashicorp/terraform-plugin-sdk helper/validation/time.go; azurerm
// automation_schedule_resource.go, v4.0.0-v5.2.0). Go (src/time/format_rfc3339.go and format.go, 1.20 and
// later) accepts `YYYY-MM-DDTHH:MM:SS`, an optional fraction of a second, then `Z` or `+hh:mm`/`-hh:mm`:
// - the date must exist: month 01-12, day 01 to the month's last day, 29 February only in leap years
//   (daysIn; "day out of range"); JavaScript's Date instead rolls 2099-02-30 over to 2 March;
// - hour 0-23 (Go's general parser also takes a one-digit hour), minute and second 00-59;
// - the fraction is `.` or `,` and one or more digits;
// - `T` and `Z` in upper case only, and nothing before or after.
// Offsets are taken as hh 00-23 and mm 00-59, the ranges of Go's RFC 3339 fast path (its fallback
// parser tolerates +24:00 and :60, which name no real zone). One pass over the text, no regular expression.

/** A start time that parsed: its instant in milliseconds since 1970 (UTC). */
export interface Rfc3339Time {
  readonly epochMs: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(month: number, year: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * Parses `text` as Go's time.Parse(time.RFC3339, text) would. Returns the instant, or a string saying what
 * is wrong (for the error message).
 */
export function parseRfc3339(text: string): Rfc3339Time | string {
  let at = 0;
  const digits = (count: number, what: string): number | string => {
    let value = 0;
    for (let i = 0; i < count; i++) {
      const c = text[at];
      if (!isDigit(c)) {
        return `the ${what} must be ${count} digits`;
      }
      value = value * 10 + (c.charCodeAt(0) - 48);
      at++;
    }
    return value;
  };
  const literal = (c: string, where: string): string | undefined => {
    if (text[at] !== c) {
      return `"${c}" must follow the ${where}`;
    }
    at++;
    return undefined;
  };

  const year = digits(4, 'year');
  if (typeof year === 'string') {
    return year;
  }
  let problem = literal('-', 'year');
  if (problem) {
    return problem;
  }
  const month = digits(2, 'month');
  if (typeof month === 'string') {
    return month;
  }
  if (month < 1 || month > 12) {
    return `month ${month} does not exist`;
  }
  problem = literal('-', 'month');
  if (problem) {
    return problem;
  }
  const day = digits(2, 'day');
  if (typeof day === 'string') {
    return day;
  }
  if (day < 1 || day > daysIn(month, year)) {
    return `day ${day} does not exist in ${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')} (it has ${daysIn(month, year)} days)`;
  }
  problem = literal('T', 'date (an upper-case T)');
  if (problem) {
    return problem;
  }
  // Go's general parser reads the hour with one or two digits.
  let hour = digits(1, 'hour');
  if (typeof hour === 'string') {
    return hour;
  }
  if (isDigit(text[at])) {
    hour = hour * 10 + (text.charCodeAt(at) - 48);
    at++;
  }
  if (hour > 23) {
    return `hour ${hour} does not exist (0-23)`;
  }
  problem = literal(':', 'hour');
  if (problem) {
    return problem;
  }
  const minute = digits(2, 'minute');
  if (typeof minute === 'string') {
    return minute;
  }
  if (minute > 59) {
    return `minute ${minute} does not exist (00-59)`;
  }
  problem = literal(':', 'minute');
  if (problem) {
    return problem;
  }
  const second = digits(2, 'second');
  if (typeof second === 'string') {
    return second;
  }
  if (second > 59) {
    return `second ${second} does not exist (00-59)`;
  }
  let fraction = 0;
  if ((text[at] === '.' || text[at] === ',') && isDigit(text[at + 1])) {
    at++;
    let scale = 100;
    while (isDigit(text[at])) {
      fraction += (text.charCodeAt(at) - 48) * scale;
      scale /= 10;
      at++;
    }
  }
  let offsetMinutes = 0;
  if (text[at] === 'Z') {
    at++;
  } else if (text[at] === '+' || text[at] === '-') {
    const sign = text[at] === '-' ? -1 : 1;
    at++;
    const offsetHour = digits(2, 'offset hour');
    if (typeof offsetHour === 'string') {
      return offsetHour;
    }
    problem = literal(':', 'offset hour');
    if (problem) {
      return problem;
    }
    const offsetMinute = digits(2, 'offset minute');
    if (typeof offsetMinute === 'string') {
      return offsetMinute;
    }
    if (offsetHour > 23 || offsetMinute > 59) {
      return `offset ${text.slice(at - 6, at)} is out of range (-23:59 to +23:59)`;
    }
    offsetMinutes = sign * (offsetHour * 60 + offsetMinute);
  } else {
    return 'an offset must follow the time: Z or +hh:mm / -hh:mm';
  }
  if (at !== text.length) {
    return `nothing may follow the offset (found ${JSON.stringify(text.slice(at))})`;
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(fraction);
  // Date.UTC maps years 0-99 to 1900-1999; set the year explicitly.
  const date = new Date(utc);
  date.setUTCFullYear(year, month - 1, day);
  return { epochMs: date.getTime() - offsetMinutes * 60_000 };
}
