import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import fa from '../../../messages/fa.json';
import { describeAction, describeChange } from './AuditPanel';

const english = createIntl({ locale: 'en', messages: en });
const persian = createIntl({ locale: 'fa', messages: fa });
const names = new Map([['MY-MIDA', 'Malaysian Investment Agency']]);
const agencyName = (code: string) => names.get(code) ?? code;

/** Every action funding's audit trail records (FundingAction, by its code). */
const ACTIONS = ('create edit open extend close start-evaluation agree-to-decide decide cancel confirm-share leave submit ' +
  'withdraw start-review attach detach invite-collaborator accept-invitation decline-invitation revoke-invitation ' +
  'expire-invitation remove-collaborator approve-share refuse-share award reject assign declare-conflict').split(' ');

describe('the audit trail in words', () => {
  it('names the object and the action, and the agency an action was taken for', () => {
    expect(describeAction(english, { aggregateType: 'APPLICATION', action: 'approve-share:MY-MIDA' }, agencyName))
      .toBe('Application · Malaysian Investment Agency approved its share');
    expect(describeAction(english, { aggregateType: 'CALL', action: 'start-evaluation' }, agencyName)).toBe('Call · evaluation started');
    expect(describeAction(persian, { aggregateType: 'CALL', action: 'open' }, agencyName)).toBe('فراخوان · گشوده شد');
  });

  it('has words for every action funding records, in every language', () => {
    for (const intl of [english, persian]) {
      for (const action of ACTIONS) {
        expect(intl.messages[`audit.action.${action}`], `${intl.locale} ${action}`).toBeTruthy();
      }
    }
  });

  it('shows an action it does not know by its code, with its agency', () => {
    expect(describeAction(english, { aggregateType: 'CALL', action: 'reopen:IR-X' }, agencyName)).toBe('Call · reopen (IR-X)');
  });

  it('words a change of state in the reader’s language and leaves out a step that changed none', () => {
    expect(describeChange(english, { from: 'DRAFT', to: 'SUBMITTED' })).toBe('Draft → Submitted');
    expect(describeChange(persian, { from: 'OPEN', to: 'CLOSED' })).toBe('باز ← بسته'); // the arrow points the way Persian reads
    expect(describeChange(english, { from: 'DRAFT', to: 'DRAFT' })).toBe('');
    expect(describeChange(english, { to: 'DRAFT' })).toBe('Draft');
  });
});
