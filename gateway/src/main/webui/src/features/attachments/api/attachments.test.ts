import { describe, expect, it } from 'vitest';
import { acceptedExtensions, precheck } from './attachments';

const rules = { maxSizeBytes: 1000, allowedTypes: ['application/pdf', 'application/x-tika-ooxml'] };
const file = (name: string, size: number) => new File([new Uint8Array(size)], name);

describe('precheck', () => {
  it('accepts a file of an accepted kind within the limit', () => {
    expect(precheck(file('Proposal.PDF', 999), rules)).toBeNull();
    expect(precheck(file('budget.xlsx', 10), rules)).toBeNull();
  });
  it('says what is wrong before anything is sent', () => {
    expect(precheck(file('big.pdf', 1001), rules)).toBe('too-large');
    expect(precheck(file('setup.exe', 10), rules)).toBe('type');
    expect(precheck(file('empty.pdf', 0), rules)).toBe('empty');
  });
});

describe('acceptedExtensions', () => {
  it('names the endings of the accepted types for the file picker', () => {
    expect(acceptedExtensions(rules.allowedTypes)).toEqual(['.pdf', '.docx', '.xlsx', '.pptx']);
  });
});
