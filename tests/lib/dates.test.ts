import { describe, it, expect } from 'vitest';
import { formatDate, parseIsoDate } from '../../src/lib/dates.ts';

describe('formatDate', () => {
  it('writes a long date in each UI language', () => {
    expect(formatDate('2025-06-21', 'en')).toBe('21 June 2025');
    expect(formatDate('2025-06-21', 'ru')).toMatch(/^21 июня 2025/);
    expect(formatDate('2025-06-21', 'kk')).toMatch(/21 маусым/);
    expect(formatDate('2025-06-21', 'uz')).toMatch(/21-iyun/);
  });
  it('does not shift the day by the time zone', () => {
    expect(formatDate('2025-01-01', 'en')).toBe('1 January 2025');
  });
  it('rejects what is not a real YYYY-MM-DD date', () => {
    expect(() => parseIsoDate('2025-02-30')).toThrow(/real calendar date/);
    expect(() => parseIsoDate('21.06.2025')).toThrow(/YYYY-MM-DD/);
  });
});
