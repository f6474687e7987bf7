import { describe, expect, it } from 'vitest';
import { callFormOf, callRequestOf, newCallForm, toLocalInput } from './callForm';

const parse = (text: string) => Number(text.replace(/,/g, ''));

describe('call form', () => {
  it('a new call opens tomorrow at 9:00 local time and closes six weeks later at 17:00', () => {
    const form = newCallForm('MY-MDEC', new Date(2027, 0, 10, 15, 30));
    expect(form.opensAt).toBe('2027-01-11T09:00');
    expect(form.closesAt).toBe('2027-02-22T17:00');
    expect(form.funders).toEqual([{ agency: 'MY-MDEC', budget: '', maxRequest: '' }]);
  });

  it('turns typed text into the request, local times into instants', () => {
    const form = newCallForm('MY-MDEC', new Date(2027, 0, 10));
    form.title = '  Green fintech  ';
    form.funders[0]!.budget = '1,000,000.50';
    form.funders.push({ agency: 'IR-INSF', budget: '2000', maxRequest: '' });
    const request = callRequestOf(form, parse);
    expect(request.title).toBe('Green fintech');
    expect(request.opensAt).toBe(new Date(2027, 0, 11, 9, 0).toISOString());
    expect(request.funders).toEqual([
      { agency: 'MY-MDEC', budget: 1000000.5, maxRequest: undefined },
      { agency: 'IR-INSF', budget: 2000, maxRequest: undefined },
    ]);
    expect(request.eligibility).toEqual({ requiredCountries: [], minPartners: 2, maxPartners: 6 });
    expect(request.criteria[0]).toEqual({ name: 'Innovation', weight: 2, maxScore: 10, threshold: 4 });
  });

  it('leaves out what cannot be read, so that the service names the field', () => {
    const form = newCallForm('MY-MDEC', new Date(2027, 0, 10));
    form.funders[0]!.budget = 'lots';
    form.criteria[0]!.weight = 'heavy';
    form.opensAt = '';
    const request = callRequestOf(form, parse);
    expect(request.funders[0]?.budget).toBeUndefined();
    expect(request.criteria[0]?.weight).toBeUndefined();
    expect(request.opensAt).toBe('');
  });

  it('an existing call round-trips through the form', () => {
    const call = {
      title: 'T', description: 'D', sectors: ['fintech'], opensAt: '2027-01-11T01:00:00.000Z', closesAt: '2027-02-22T09:00:00.000Z',
      blindReview: true, funders: [{ agency: 'MY-MDEC', budget: 5000, maxRequest: 1000 }],
      eligibility: { requiredCountries: ['MY', 'IR'], minPartners: 2, maxPartners: 4 },
      criteria: [{ name: 'Team', weight: 1.5, maxScore: 10, threshold: 3 }],
    };
    const request = callRequestOf(callFormOf(call, String), parse);
    expect(request).toEqual({ ...call, funders: [{ agency: 'MY-MDEC', budget: 5000, maxRequest: 1000 }] });
    expect(toLocalInput(undefined)).toBe('');
  });
});
