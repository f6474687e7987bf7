import { describe, expect, it } from 'vitest';
import { formatMoney, formatTimeLeft, parseAmount } from './format';

describe('parseAmount', () => {
  it('reads plain and grouped amounts', () => {
    expect(parseAmount('en', '200000')).toBe(200000);
    expect(parseAmount('en', '1,250,000.50')).toBe(1250000.5);
    expect(parseAmount('ms', '1,250,000.50')).toBe(1250000.5);
  });
  it('reads Persian digits and separators', () => {
    expect(parseAmount('fa', '۲۰۰۰۰۰')).toBe(200000);
    expect(parseAmount('fa', '۱٬۲۵۰٬۰۰۰٫۵')).toBe(1250000.5);
  });
  it('refuses what is not an amount with at most two decimals', () => {
    expect(parseAmount('en', 'abc')).toBeNaN();
    expect(parseAmount('en', '-5')).toBeNaN();
    expect(parseAmount('en', '1.234')).toBeNaN();
    expect(parseAmount('en', '')).toBeNaN();
  });
});

describe('formatMoney', () => {
  it('writes the currency of the agency, per language', () => {
    expect(formatMoney('en', 200000, 'MYR').replace(/\s/g, ' ')).toBe('MYR 200,000.00');
    expect(formatMoney('fa', 5000000000, 'IRR')).toContain('۵');
  });
});

describe('formatTimeLeft', () => {
  const now = Date.parse('2026-12-05T00:00:00Z');
  it('uses the largest whole unit', () => {
    expect(formatTimeLeft('en', '2026-12-08T00:00:00Z', now)).toBe('in 3 days');
    expect(formatTimeLeft('en', '2026-12-05T05:30:00Z', now)).toBe('in 5 hours');
    expect(formatTimeLeft('en', '2026-12-04T22:00:00Z', now)).toBe('2 hours ago');
  });
});
