import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert } from '../../../components/Feedback';
import { SelectField, TextField } from '../../../components/Field';
import { identityApi } from '../../../lib/api/http';
import { ApiError, unwrap } from '../../../lib/api/problem';
import { session } from '../../../lib/auth/sessionInstance';
import { sortedCountries } from '../../../lib/format';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';

interface Registration {
  email: string;
  displayName: string;
  country: string;
  password: string;
  role: 'STARTUP' | 'MENTOR';
}

/** A new startup (or mentor) account, then signed in straight away. */
export function RegisterForm({ onRegistered }: { onRegistered: () => void }) {
  const intl = useIntl();
  const countries = useMemo(() => sortedCountries(intl.locale), [intl.locale]);
  const [form, setForm] = useState<Registration>({ email: '', displayName: '', country: '', password: '', role: 'STARTUP' });
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof Registration, string>>>({});

  const register = useMutation({
    mutationFn: async (registration: Registration) => {
      await unwrap(await identityApi.POST('/api/identity/register', { body: registration }));
      await session.signIn(registration.email, registration.password);
    },
    onSuccess: onRegistered,
  });

  function set<K extends keyof Registration>(key: K, value: Registration[K]) {
    setForm((f) => ({ ...f, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Partial<Record<keyof Registration, string>> = {};
    const required = intl.formatMessage({ id: 'rule.NotBlank' });
    if (!form.email.trim()) errors.email = required;
    if (!form.displayName.trim()) errors.displayName = required;
    if (!form.country) errors.country = required;
    if ([...form.password].length < 12) errors.password = intl.formatMessage({ id: 'rule.password-length' }, { min: 12, max: 128 });
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) {
      register.mutate({ ...form, email: form.email.trim(), displayName: form.displayName.trim() });
    }
  }

  const apiError = register.error;
  const errorsFor = (field: keyof Registration) => [
    ...(localErrors[field] ? [localErrors[field]!] : []),
    ...fieldMessages(intl, apiError, field),
    ...(apiError instanceof ApiError && apiError.slug === 'email-taken' && field === 'email'
      ? [intl.formatMessage({ id: 'problem.email-taken' })]
      : []),
  ];
  const generalError = apiError && !(apiError instanceof ApiError && (apiError.slug === 'validation' || apiError.slug === 'email-taken'));

  return (
    <form onSubmit={submit} noValidate className="form">
      {generalError && (
        <Alert tone="error" focus>
          {describeProblem(intl, apiError)}
        </Alert>
      )}
      <fieldset className="choice">
        <legend>
          <FormattedMessage id="register.role" />
        </legend>
        {(['STARTUP', 'MENTOR'] as const).map((role) => (
          <label key={role}>
            <input type="radio" name="role" value={role} checked={form.role === role} onChange={() => set('role', role)} />
            <FormattedMessage id={`register.role.${role}`} />
          </label>
        ))}
      </fieldset>
      <TextField
        label={<FormattedMessage id={form.role === 'STARTUP' ? 'register.companyName' : 'register.yourName'} />}
        autoComplete={form.role === 'STARTUP' ? 'organization' : 'name'}
        required
        maxLength={120}
        value={form.displayName}
        onChange={(e) => set('displayName', e.target.value)}
        errors={errorsFor('displayName')}
      />
      <TextField
        label={<FormattedMessage id="account.email" />}
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        value={form.email}
        onChange={(e) => set('email', e.target.value)}
        errors={errorsFor('email')}
      />
      <SelectField
        label={<FormattedMessage id="account.country" />}
        required
        value={form.country}
        onChange={(e) => set('country', e.target.value)}
        errors={errorsFor('country')}
      >
        <option value="">{intl.formatMessage({ id: 'common.choose' })}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={<FormattedMessage id="account.password" />}
        hint={<FormattedMessage id="register.passwordHint" />}
        type="password"
        autoComplete="new-password"
        required
        value={form.password}
        onChange={(e) => set('password', e.target.value)}
        errors={errorsFor('password')}
      />
      <button className="button" type="submit" disabled={register.isPending}>
        <FormattedMessage id={register.isPending ? 'register.busy' : 'register.submit'} />
      </button>
    </form>
  );
}
