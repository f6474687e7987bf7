import { describe, expect, it } from 'vitest';
import type { Application } from '../api/applications';
import { emptyForm, formOf, nextStep, requestOf } from './form';

const call = { id: 'c0ffee00-0000-4000-8000-000000000001' };

describe('requestOf', () => {
  it('builds the request with amounts read in the person’s digits and blanks left out', () => {
    const form = {
      ...emptyForm(),
      title: '  GreenPay ',
      summary: 'Carbon-aware payments',
      partners: [{ name: 'GreenPay Sdn Bhd', country: 'MY', role: 'lead' }],
      amounts: { 'MY-MIDA': '۲۰۰٬۰۰۰', 'IR-ISTT': '' },
      answers: { Innovation: 'New', Team: '  ' },
    };
    const { request, errors } = requestOf(form, call, 'fa');
    expect(errors.size).toBe(0);
    expect(request).toEqual({
      callId: call.id,
      title: 'GreenPay',
      summary: 'Carbon-aware payments',
      partners: [{ name: 'GreenPay Sdn Bhd', country: 'MY', role: 'lead' }],
      requestedAmounts: { 'MY-MIDA': 200000 },
      answers: { Innovation: 'New' },
      mentoringNeeds: [],
      languages: [],
    });
  });

  it('reads mentoring needs typed as words, in any script’s comma, as tags', () => {
    const form = { ...emptyForm(), title: 'T', summary: 'S', sector: 'fintech', mentoringNeeds: 'Payments, fund raising، payments', languages: ['ms'] };
    const { request, errors } = requestOf(form, call, 'fa');
    expect(errors.size).toBe(0);
    expect(request.sector).toBe('fintech');
    expect(request.mentoringNeeds).toEqual(['payments', 'fund-raising']);
    expect(request.languages).toEqual(['ms']);
    expect(requestOf({ ...form, mentoringNeeds: 'löwen!' }, call, 'en').errors.get('mentoringNeeds')).toEqual({ id: 'rule.tags' });
  });

  it('names each field the API would refuse', () => {
    const form = {
      ...emptyForm(),
      partners: [{ name: '', country: '', role: 'lead' }],
      amounts: { 'MY-MIDA': 'lots', 'IR-ISTT': '0' },
    };
    const { errors } = requestOf(form, call, 'en');
    expect([...errors.keys()].sort()).toEqual([
      'partners[0].country',
      'partners[0].name',
      'requestedAmounts.IR-ISTT',
      'requestedAmounts.MY-MIDA',
      'summary',
      'title',
    ]);
    expect(errors.get('requestedAmounts.MY-MIDA')).toEqual({ id: 'rule.amount' });
  });
});

describe('formOf', () => {
  it('shows stored amounts without grouping, in the person’s digits, and round-trips', () => {
    const application: Application = {
      id: 'a',
      callId: call.id,
      title: 'T',
      summary: 'S',
      partners: [{ name: 'P', country: 'IR', role: 'partner' }],
      requestedAmounts: { 'IR-ISTT': 5000000000.5 },
      answers: { Team: 'Strong' },
    };
    const form = formOf(application, 'fa');
    expect(form.amounts['IR-ISTT']).toBe('۵۰۰۰۰۰۰۰۰۰٫۵');
    expect(requestOf(form, call, 'fa').request.requestedAmounts).toEqual({ 'IR-ISTT': 5000000000.5 });
  });
});

describe('nextStep', () => {
  it('tells the owner and a collaborator of a draft different things', () => {
    expect(nextStep('DRAFT', true)).toBe('next.DRAFT.owner');
    expect(nextStep('DRAFT', false)).toBe('next.DRAFT.collaborator');
    expect(nextStep('AWARDED', false)).toBe('next.AWARDED');
  });
});
