import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { ChosenCountries } from '../../../components/ChosenCountries';
import { Alert } from '../../../components/Feedback';
import { AmountField, SelectField, TextArea, TextField } from '../../../components/Field';
import { parseAmount, sortedCountries } from '../../../lib/format';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';
import { parseTags } from '../../../lib/tags';
import { useAgencies } from '../../calls/api/calls';
import { AgencyOptions } from '../../calls/components/AgencyOptions';
import { useSaveCall, type CallView } from '../api/agency';
import { callFormOf, callRequestOf, newCallForm, type CallForm as Form } from '../model/callForm';

/** Create a draft call, or edit one while it is a draft: funders and their money, eligibility, rubric. */
export function CallForm({ agency, call }: { agency: string; call?: CallView }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const agencies = useAgencies();
  const countries = useMemo(() => sortedCountries(intl.locale), [intl.locale]);
  const [form, setForm] = useState<Form>(() =>
    call ? callFormOf(call, (n) => intl.formatNumber(n, { useGrouping: false })) : newCallForm(agency, new Date()),
  );
  const [sectors, setSectors] = useState(form.sectors.join(', '));
  const save = useSaveCall(call?.id, call?.version);
  const errors = (path: string, prefix = false) => fieldMessages(intl, save.error, path, prefix);
  const edit = (change: (f: Form) => Form) => setForm((f) => change(f));
  const currency = (code: string) => agencies.data?.get(code)?.currency ?? '';
  // a share another agency has confirmed is that agency's to change, not the lead's
  const confirmedElsewhere = (code: string) =>
    code !== agency && (call?.funders ?? []).some((f) => f.agency === code && f.confirmed);

  function submit() {
    const request = callRequestOf({ ...form, sectors: parseTags(sectors) }, (text) => parseAmount(intl.locale, text));
    save.mutate(request, { onSuccess: (saved) => navigate(`/agency/calls/${saved.id}`) });
  }

  return (
    <form className="form" noValidate onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <TextField id="call-title" label={<FormattedMessage id="callForm.title" />} maxLength={200} required
        value={form.title} onChange={(e) => edit((f) => ({ ...f, title: e.target.value }))} errors={errors('title')} />
      <TextArea id="call-description" label={<FormattedMessage id="callForm.description" />} maxLength={20000} required
        value={form.description} onChange={(e) => edit((f) => ({ ...f, description: e.target.value }))} errors={errors('description')} />
      <TextField id="call-sectors" label={<FormattedMessage id="callForm.sectors" />} hint={<FormattedMessage id="tags.hint" />}
        value={sectors} onChange={(e) => setSectors(e.target.value)} errors={errors('sectors', true)} />
      <div className="row">
        <TextField id="call-opens" type="datetime-local" label={<FormattedMessage id="callForm.opensAt" />} required
          value={form.opensAt} onChange={(e) => edit((f) => ({ ...f, opensAt: e.target.value }))} errors={errors('opensAt')} />
        <TextField id="call-closes" type="datetime-local" label={<FormattedMessage id="callForm.closesAt" />} required
          value={form.closesAt} onChange={(e) => edit((f) => ({ ...f, closesAt: e.target.value }))} errors={errors('closesAt')} />
      </div>
      <div className="field field--check">
        <input id="call-blind" type="checkbox" checked={form.blindReview}
          onChange={(e) => edit((f) => ({ ...f, blindReview: e.target.checked }))} />
        <label htmlFor="call-blind">
          <FormattedMessage id="callForm.blind" />
        </label>
      </div>

      <fieldset className="group">
        <legend>
          <FormattedMessage id="callForm.funders" />
        </legend>
        <p className="hint">
          <FormattedMessage id="callForm.fundersHint" />
        </p>
        {form.funders.map((funder, i) => (
          <div className="row" key={i}>
            {confirmedElsewhere(funder.agency) && (
              <p className="hint">
                <FormattedMessage id="callForm.confirmedShare" />
              </p>
            )}
            {/* an empty line under the agency, as under the amounts beside it, keeps the three aligned */}
            <SelectField id={`funder-${i}-agency`} label={<FormattedMessage id="callForm.agency" values={{ n: i + 1 }} />} readBack={null}
              value={funder.agency} errors={errors(`funders[${i}].agency`)}
              onChange={(e) => edit((f) => ({ ...f, funders: f.funders.map((x, j) => (j === i ? { ...x, agency: e.target.value } : x)) }))}>
              <AgencyOptions />
            </SelectField>
            <AmountField id={`funder-${i}-budget`} currency={currency(funder.agency)} errors={errors(`funders[${i}].budget`)}
              label={<FormattedMessage id="callForm.budget" values={{ currency: currency(funder.agency) }} />}
              value={funder.budget} readOnly={confirmedElsewhere(funder.agency)}
              onChange={(e) => edit((f) => ({ ...f, funders: f.funders.map((x, j) => (j === i ? { ...x, budget: e.target.value } : x)) }))} />
            <AmountField id={`funder-${i}-cap`} currency={currency(funder.agency)} errors={errors(`funders[${i}].maxRequest`)}
              label={<FormattedMessage id="callForm.maxRequest" values={{ currency: currency(funder.agency) }} />}
              value={funder.maxRequest} readOnly={confirmedElsewhere(funder.agency)}
              onChange={(e) => edit((f) => ({ ...f, funders: f.funders.map((x, j) => (j === i ? { ...x, maxRequest: e.target.value } : x)) }))} />
            {form.funders.length > 1 && !confirmedElsewhere(funder.agency) && funder.agency !== agency && (
              <button type="button" className="button button--quiet" onClick={() => edit((f) => ({ ...f, funders: f.funders.filter((_, j) => j !== i) }))}>
                <FormattedMessage id="callForm.removeFunder" values={{ n: i + 1 }} />
              </button>
            )}
          </div>
        ))}
        {errors('funders').length > 0 && <p className="field__error">{errors('funders').join(' ')}</p>}
        <button type="button" className="button button--secondary"
          onClick={() => edit((f) => ({ ...f, funders: [...f.funders, { agency: '', budget: '', maxRequest: '' }] }))}>
          <FormattedMessage id="callForm.addFunder" />
        </button>
      </fieldset>

      <fieldset className="group">
        <legend>
          <FormattedMessage id="callForm.eligibility" />
        </legend>
        <SelectField id="call-countries" multiple size={6} label={<FormattedMessage id="callForm.requiredCountries" />}
          hint={<FormattedMessage id="callForm.requiredCountriesHint" />} errors={errors('eligibility.requiredCountries', true)}
          value={form.requiredCountries}
          onChange={(e) => {
            const chosen = [...e.target.selectedOptions].map((o) => o.value);
            edit((f) => ({ ...f, requiredCountries: chosen }));
          }}>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <ChosenCountries codes={form.requiredCountries} />
        <div className="row">
          <TextField id="call-min-partners" type="number" min={1} max={50} label={<FormattedMessage id="callForm.minPartners" />}
            value={form.minPartners} onChange={(e) => edit((f) => ({ ...f, minPartners: e.target.value }))} errors={errors('eligibility.minPartners')} />
          <TextField id="call-max-partners" type="number" min={1} max={50} label={<FormattedMessage id="callForm.maxPartners" />}
            value={form.maxPartners} onChange={(e) => edit((f) => ({ ...f, maxPartners: e.target.value }))} errors={errors('eligibility.maxPartners')} />
        </div>
        {errors('eligibility').length > 0 && <p className="field__error">{errors('eligibility').join(' ')}</p>}
      </fieldset>

      <fieldset className="group">
        <legend>
          <FormattedMessage id="callForm.criteria" />
        </legend>
        <p className="hint">
          <FormattedMessage id="callForm.criteriaHint" />
        </p>
        {form.criteria.map((c, i) => {
          const set = (key: keyof Form['criteria'][number], value: string) =>
            edit((f) => ({ ...f, criteria: f.criteria.map((x, j) => (j === i ? { ...x, [key]: value } : x)) }));
          return (
            <div className="row" key={i}>
              <TextField id={`criterion-${i}-name`} label={<FormattedMessage id="callForm.criterion" values={{ n: i + 1 }} />}
                value={c.name} maxLength={100} onChange={(e) => set('name', e.target.value)} errors={errors(`criteria[${i}].name`)} />
              <TextField id={`criterion-${i}-weight`} inputMode="decimal" label={<FormattedMessage id="callForm.weight" />}
                value={c.weight} onChange={(e) => set('weight', e.target.value)} errors={errors(`criteria[${i}].weight`)} />
              <TextField id={`criterion-${i}-max`} type="number" min={1} max={100} label={<FormattedMessage id="callForm.maxScore" />}
                value={c.maxScore} onChange={(e) => set('maxScore', e.target.value)} errors={errors(`criteria[${i}].maxScore`)} />
              <TextField id={`criterion-${i}-threshold`} type="number" min={0} max={100} label={<FormattedMessage id="callForm.threshold" />}
                value={c.threshold} onChange={(e) => set('threshold', e.target.value)} errors={errors(`criteria[${i}].threshold`)} />
              <button type="button" className="button button--quiet" onClick={() => edit((f) => ({ ...f, criteria: f.criteria.filter((_, j) => j !== i) }))}>
                <FormattedMessage id="callForm.removeCriterion" values={{ n: i + 1 }} />
              </button>
            </div>
          );
        })}
        {errors('criteria').length > 0 && <p className="field__error">{errors('criteria').join(' ')}</p>}
        <button type="button" className="button button--secondary"
          onClick={() => edit((f) => ({ ...f, criteria: [...f.criteria, { name: '', weight: '1', maxScore: '10', threshold: '0' }] }))}>
          <FormattedMessage id="callForm.addCriterion" />
        </button>
      </fieldset>

      {save.isError && <Alert tone="error" focus>{describeProblem(intl, save.error)}</Alert>}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          <FormattedMessage id={call ? 'callForm.save' : 'callForm.create'} />
        </button>
      </div>
    </form>
  );
}
