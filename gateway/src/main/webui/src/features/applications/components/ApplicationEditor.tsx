import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert } from '../../../components/Feedback';
import { AmountField, SelectField, TextArea, TextField } from '../../../components/Field';
import { Money } from '../../../components/Formatted';
import { LanguagePicker } from '../../../components/LanguagePicker';
import { sortedCountries } from '../../../lib/format';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';
import type { CallView } from '../api/applications';
import type { useDraft } from '../hooks/useDraft';
import { fieldId } from '../model/fieldIds';

type Draft = ReturnType<typeof useDraft>;

/** The draft's text, amounts, answers and consortium partners, saved as the person types. */
export function ApplicationEditor({ draft, call, agencyNames }: { draft: Draft; call: CallView; agencyNames: Map<string, string> }) {
  const intl = useIntl();
  const countries = useMemo(() => sortedCountries(intl.locale), [intl.locale]);
  const { form, edit, localErrors, serverError } = draft;

  const errorsFor = (path: string, prefix = false) => {
    const local = localErrors.get(path);
    return [
      ...(local ? [intl.formatMessage({ id: local.id }, local.values)] : []),
      ...fieldMessages(intl, serverError, path, prefix),
    ];
  };

  return (
    <form className="form" onSubmit={(e) => { e.preventDefault(); void draft.save('manual'); }} noValidate>
      <SaveState draft={draft} />
      <TextField
        id={fieldId('title')}
        label={<FormattedMessage id="application.title" />}
        maxLength={200}
        required
        value={form.title}
        onChange={(e) => edit((f) => ({ ...f, title: e.target.value }))}
        errors={errorsFor('title')}
      />
      <TextArea
        id={fieldId('summary')}
        label={<FormattedMessage id="application.summary" />}
        hint={<FormattedMessage id="application.summaryHint" />}
        maxLength={20000}
        required
        rows={6}
        value={form.summary}
        onChange={(e) => edit((f) => ({ ...f, summary: e.target.value }))}
        errors={errorsFor('summary')}
      />
      <SelectField
        id={fieldId('sector')}
        label={<FormattedMessage id="application.sector" />}
        hint={<FormattedMessage id="application.sectorHint" />}
        value={form.sector}
        onChange={(e) => edit((f) => ({ ...f, sector: e.target.value }))}
        errors={errorsFor('sector')}
      >
        <option value="">{intl.formatMessage({ id: 'common.choose' })}</option>
        {(call.sectors ?? []).map((sector) => (
          <option key={sector} value={sector}>
            {sector}
          </option>
        ))}
      </SelectField>

      <fieldset className="group" id={fieldId('requestedAmounts')}>
        <legend>
          <FormattedMessage id="application.amounts" />
        </legend>
        <p className="hint">
          <FormattedMessage id="application.amountsHint" />
        </p>
        {(call.funders ?? []).map((funder) => {
          const agency = funder.agency ?? '';
          return (
            <AmountField
              key={agency}
              id={fieldId(`requestedAmounts.${agency}`)}
              currency={funder.currency ?? ''}
              label={
                <FormattedMessage
                  id="application.amountFor"
                  values={{ agency: <bdi>{agencyNames.get(agency) ?? agency}</bdi>, currency: funder.currency }}
                />
              }
              hint={
                funder.maxRequest != null ? (
                  <FormattedMessage id="application.cap" values={{ cap: <Money amount={funder.maxRequest} currency={funder.currency ?? ''} /> }} />
                ) : undefined
              }
              value={form.amounts[agency] ?? ''}
              onChange={(e) => edit((f) => ({ ...f, amounts: { ...f.amounts, [agency]: e.target.value } }))}
              errors={errorsFor(`requestedAmounts.${agency}`)}
            />
          );
        })}
      </fieldset>

      <fieldset className="group" id={fieldId('partners')} tabIndex={-1}>
        <legend>
          <FormattedMessage id="application.partners" />
        </legend>
        <p className="hint">
          <FormattedMessage id="application.partnersHint" />
        </p>
        {form.partners.map((partner, index) => (
          <div className="partner" key={index} role="group" aria-label={intl.formatMessage({ id: 'application.partnerN' }, { n: index + 1 })}>
            <TextField
              id={fieldId(`partners[${index}].name`)}
              label={<FormattedMessage id="application.partnerName" values={{ n: index + 1 }} />}
              maxLength={200}
              value={partner.name}
              onChange={(e) => edit((f) => ({ ...f, partners: f.partners.map((p, i) => (i === index ? { ...p, name: e.target.value } : p)) }))}
              errors={errorsFor(`partners[${index}].name`)}
            />
            <SelectField
              id={fieldId(`partners[${index}].country`)}
              label={<FormattedMessage id="application.partnerCountry" values={{ n: index + 1 }} />}
              value={partner.country}
              onChange={(e) => edit((f) => ({ ...f, partners: f.partners.map((p, i) => (i === index ? { ...p, country: e.target.value } : p)) }))}
              errors={errorsFor(`partners[${index}].country`)}
            >
              <option value="">{intl.formatMessage({ id: 'common.choose' })}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            <TextField
              id={fieldId(`partners[${index}].role`)}
              label={<FormattedMessage id="application.partnerRole" values={{ n: index + 1 }} />}
              maxLength={100}
              value={partner.role}
              onChange={(e) => edit((f) => ({ ...f, partners: f.partners.map((p, i) => (i === index ? { ...p, role: e.target.value } : p)) }))}
              errors={errorsFor(`partners[${index}].role`)}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => edit((f) => ({ ...f, partners: f.partners.filter((_, i) => i !== index) }))}
            >
              <FormattedMessage id="application.removePartner" values={{ n: index + 1 }} />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          disabled={form.partners.length >= 20}
          onClick={() => edit((f) => ({ ...f, partners: [...f.partners, { name: '', country: '', role: f.partners.length ? 'partner' : 'lead' }] }))}
        >
          <FormattedMessage id="application.addPartner" />
        </button>
      </fieldset>

      <fieldset className="group">
        <legend>
          <FormattedMessage id="application.mentoring" />
        </legend>
        <p className="hint">
          <FormattedMessage id="application.mentoringHint" />
        </p>
        <TextField
          id={fieldId('mentoringNeeds')}
          label={<FormattedMessage id="application.mentoringNeeds" />}
          hint={<FormattedMessage id="tags.hint" />}
          value={form.mentoringNeeds}
          onChange={(e) => edit((f) => ({ ...f, mentoringNeeds: e.target.value }))}
          errors={errorsFor('mentoringNeeds', true)}
        />
        <LanguagePicker
          id={fieldId('languages')}
          legend={<FormattedMessage id="application.languages" />}
          value={form.languages}
          onChange={(languages) => edit((f) => ({ ...f, languages }))}
          errors={errorsFor('languages', true)}
        />
      </fieldset>

      {(call.criteria ?? []).length > 0 && (
        <fieldset className="group">
          <legend>
            <FormattedMessage id="application.answers" />
          </legend>
          {(call.criteria ?? []).map((criterion) => {
            const name = criterion.name ?? '';
            return (
              <TextArea
                key={name}
                id={fieldId(`answers.${name}`)}
                label={<FormattedMessage id="application.answerFor" values={{ criterion: <bdi>{name}</bdi> }} />}
                maxLength={20000}
                rows={4}
                value={form.answers[name] ?? ''}
                onChange={(e) => edit((f) => ({ ...f, answers: { ...f.answers, [name]: e.target.value } }))}
                errors={errorsFor(`answers.${name}`)}
              />
            );
          })}
        </fieldset>
      )}

      {draft.status === 'failed' && <Alert tone="error">{describeProblem(intl, serverError)}</Alert>}
      <button type="submit" className="button" disabled={draft.status === 'saving' || draft.status === 'conflict' || draft.status === 'closed'}>
        <FormattedMessage id="application.saveNow" />
      </button>
    </form>
  );
}

/** Where the draft stands, announced politely; a conflict offers the two honest ways out. */
function SaveState({ draft }: { draft: Draft }) {
  const intl = useIntl();
  if (draft.status === 'conflict') {
    return (
      <Alert tone="warning" title={<FormattedMessage id="draft.conflict.title" />} focus>
        <p>
          <FormattedMessage id="draft.conflict.body" />
        </p>
        <div className="actions">
          <button type="button" className="button" onClick={() => void draft.takeTheirs()}>
            <FormattedMessage id="draft.conflict.theirs" />
          </button>
          <button type="button" className="button button--secondary" onClick={() => void draft.keepMine()}>
            <FormattedMessage id="draft.conflict.mine" />
          </button>
        </div>
      </Alert>
    );
  }
  if (draft.status === 'closed') {
    return (
      <Alert tone="info" focus>
        <FormattedMessage id="draft.closed" />
      </Alert>
    );
  }
  const message =
    draft.status === 'saving'
      ? intl.formatMessage({ id: 'draft.saving' })
      : draft.status === 'dirty'
        ? intl.formatMessage({ id: 'draft.dirty' })
        : draft.status === 'invalid'
          ? intl.formatMessage({ id: 'draft.invalid' })
          : draft.status === 'failed'
            ? intl.formatMessage({ id: 'draft.failed' })
            : draft.savedAt
              ? intl.formatMessage({ id: 'draft.savedAt' }, { time: intl.formatTime(draft.savedAt) })
              : intl.formatMessage({ id: 'draft.saved' });
  return (
    <p className={`save-state save-state--${draft.status}`} role="status" aria-live="polite">
      {message}
    </p>
  );
}
