import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ChosenCountries } from '../../../components/ChosenCountries';
import { Alert } from '../../../components/Feedback';
import { SelectField, TextArea, TextField } from '../../../components/Field';
import { LanguagePicker } from '../../../components/LanguagePicker';
import { sortedCountries } from '../../../lib/format';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';
import { parseTags } from '../../../lib/tags';
import { useSaveMentorProfile, type Mentor } from '../api/mentoring';

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The mentor's profile: what matching scores against (expertise, sectors, languages, countries) and how many it takes on. */
export function MentorProfileForm({ profile, defaultName }: { profile: Mentor | null; defaultName: string }) {
  const intl = useIntl();
  const save = useSaveMentorProfile(profile?.version);
  const countries = useMemo(() => sortedCountries(intl.locale), [intl.locale]);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const [displayName, setDisplayName] = useState(profile?.displayName ?? defaultName);
  const [bio, setBio] = useState(profile?.bio ?? '');
  const [tags, setTags] = useState((profile?.tags ?? []).join(', '));
  const [sectors, setSectors] = useState((profile?.sectors ?? []).join(', '));
  const [languages, setLanguages] = useState<string[]>(profile?.languages ?? []);
  const [served, setServed] = useState<string[]>(profile?.countries ?? []);
  const [timeZone, setTimeZone] = useState(profile?.timeZone ?? browserTimeZone());
  const [capacity, setCapacity] = useState(String(profile?.capacity ?? 2));
  const [active, setActive] = useState(profile?.active ?? true);
  const errors = (field: string) => fieldMessages(intl, save.error, field, true);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          displayName: displayName.trim(),
          bio: bio.trim() || undefined,
          tags: parseTags(tags),
          sectors: parseTags(sectors),
          languages,
          countries: served,
          timeZone,
          capacity: Number.parseInt(capacity, 10),
          active,
        });
      }}
    >
      <TextField id="mentor-name" label={<FormattedMessage id="mentorProfile.name" />} maxLength={200} required value={displayName}
        onChange={(e) => setDisplayName(e.target.value)} errors={errors('displayName')} />
      <TextArea id="mentor-bio" label={<FormattedMessage id="mentorProfile.bio" />} maxLength={4000} value={bio}
        onChange={(e) => setBio(e.target.value)} errors={errors('bio')} />
      <TextField id="mentor-tags" label={<FormattedMessage id="mentorProfile.tags" />} hint={<FormattedMessage id="tags.hint" />}
        value={tags} onChange={(e) => setTags(e.target.value)} errors={errors('tags')} />
      <TextField id="mentor-sectors" label={<FormattedMessage id="mentorProfile.sectors" />} hint={<FormattedMessage id="tags.hint" />}
        value={sectors} onChange={(e) => setSectors(e.target.value)} errors={errors('sectors')} />
      <LanguagePicker id="mentor-languages" legend={<FormattedMessage id="mentorProfile.languages" />} value={languages}
        onChange={setLanguages} errors={errors('languages')} />
      <SelectField id="mentor-countries" multiple size={6} label={<FormattedMessage id="mentorProfile.countries" />}
        hint={<FormattedMessage id="mentorProfile.countriesHint" />} value={served} errors={errors('countries')}
        onChange={(e) => setServed([...e.target.selectedOptions].map((o) => o.value))}>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <ChosenCountries codes={served} />
      <div className="row">
        <SelectField id="mentor-zone" label={<FormattedMessage id="mentorProfile.timeZone" />} value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)} errors={errors('timeZone')}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
        <TextField id="mentor-capacity" type="number" min={0} max={50} label={<FormattedMessage id="mentorProfile.capacity" />}
          hint={<FormattedMessage id="mentorProfile.capacityHint" />} value={capacity}
          onChange={(e) => setCapacity(e.target.value)} errors={errors('capacity')} />
      </div>
      <div className="field field--check">
        <input id="mentor-active" type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        <label htmlFor="mentor-active">
          <FormattedMessage id="mentorProfile.active" />
        </label>
      </div>
      {save.isError && <Alert tone="error" focus>{describeProblem(intl, save.error)}</Alert>}
      {save.isSuccess && (
        <Alert tone="success">
          <FormattedMessage id="mentorProfile.saved" />
        </Alert>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          <FormattedMessage id="mentorProfile.save" />
        </button>
      </div>
    </form>
  );
}
