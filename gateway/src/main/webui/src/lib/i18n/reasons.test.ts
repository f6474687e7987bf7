import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import fa from '../../messages/fa.json';
import { describeReason } from './reasons';

const english = createIntl({ locale: 'en', messages: en });
const persian = createIntl({ locale: 'fa', messages: fa });
const names = new Map([['MY-MIDA', 'Malaysian Investment Agency']]);
const agencyName = (code: string) => names.get(code) ?? code;

/** Every sentence funding's audit trail says (`facts.says`). */
const SENTENCES = ('budget budget-capped closing-moved closing-passed all-agreed reviewer-assigned disqualified all-approved share-refused ' +
  'decided-without-award evaluation-started file').split(' ');

describe('why, in words', () => {
  it('words what the portal said in the reader’s language, each value isolated', () => {
    const share = { reason: 'budget 50000000000.00, at most 10000000000.00 per application',
      facts: { says: 'budget-capped', budget: '50000000000.00', maxRequest: '10000000000.00', currency: 'IRR' } };
    expect(describeReason(english, share, agencyName)).toBe('Budget \u2068IRR\u00a050,000,000,000\u2069, at most \u2068IRR\u00a010,000,000,000\u2069 per application'); // Intl keeps the code with its amount (a no-break space)
    expect(describeReason(persian, share, agencyName)).toContain('بودجه \u2068');
    expect(describeReason(persian, share, agencyName)).not.toContain('budget');
    const assigned = { facts: { says: 'reviewer-assigned', agency: 'MY-MIDA', title: 'GreenPay: carbon-aware payments' } };
    expect(describeReason(english, assigned, agencyName))
      .toBe('A reviewer of \u2068Malaysian Investment Agency\u2069 for “\u2068GreenPay: carbon-aware payments\u2069”');
    expect(describeReason(english, { facts: { says: 'file', name: 'plan.pdf', bytes: '12500' } }, agencyName)).toBe('\u2068plan.pdf\u2069, 12.5kB');
  });

  it('adds the reason a person gave to what the portal said, and shows a person’s own reason as written', () => {
    const extended = { facts: { says: 'closing-moved', from: '2027-01-31T16:00:00Z', to: '2027-02-28T16:00:00Z', reason: 'more time for partners' } };
    expect(describeReason(english, extended, agencyName)).toMatch(/^Closing moved from \u2068.*2027.*\u2069 to \u2068.*2027.*\u2069: \u2068more time for partners\u2069$/);
    expect(describeReason(persian, { reason: 'budget spent elsewhere' }, agencyName)).toBe('budget spent elsewhere');
  });

  it('shows an entry it has no words for as the service wrote it', () => {
    expect(describeReason(persian, { reason: 'something new', facts: { says: 'something-new' } }, agencyName)).toBe('something new');
  });

  it('has words for every sentence funding says, in every language', () => {
    for (const intl of [english, persian]) {
      for (const says of SENTENCES) {
        expect(intl.messages[`audit.says.${says}`], `${intl.locale} ${says}`).toBeTruthy();
      }
    }
  });
});
