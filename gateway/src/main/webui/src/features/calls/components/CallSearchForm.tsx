import { useMemo, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { SelectField, TextField } from '../../../components/Field';
import { sortedCountries } from '../../../lib/format';
import type { CallSearch } from '../api/calls';

export function CallSearchForm({ value, onSearch }: { value: CallSearch; onSearch: (search: CallSearch) => void }) {
  const intl = useIntl();
  const countries = useMemo(() => sortedCountries(intl.locale), [intl.locale]);
  const [draft, setDraft] = useState<CallSearch>(value);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch({ q: draft.q?.trim(), sector: draft.sector?.trim().toLowerCase(), country: draft.country });
  }

  return (
    <form role="search" className="search" onSubmit={submit} aria-label={intl.formatMessage({ id: 'calls.search.label' })}>
      <TextField
        label={<FormattedMessage id="calls.search.text" />}
        type="search"
        value={draft.q ?? ''}
        maxLength={200}
        onChange={(e) => setDraft({ ...draft, q: e.target.value })}
      />
      <TextField
        label={<FormattedMessage id="calls.search.sector" />}
        value={draft.sector ?? ''}
        maxLength={60}
        placeholder="fintech"
        onChange={(e) => setDraft({ ...draft, sector: e.target.value })}
      />
      <SelectField
        label={<FormattedMessage id="calls.search.country" />}
        value={draft.country ?? ''}
        onChange={(e) => setDraft({ ...draft, country: e.target.value })}
      >
        <option value="">{intl.formatMessage({ id: 'calls.search.anyCountry' })}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button">
        <FormattedMessage id="calls.search.submit" />
      </button>
    </form>
  );
}
