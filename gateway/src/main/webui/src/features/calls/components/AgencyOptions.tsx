import { useIntl } from 'react-intl';
import { useAgencies } from '../api/calls';

/** The options of a select that picks a funding agency: "Choose…", then each agency by name and code. */
export function AgencyOptions() {
  const intl = useIntl();
  const agencies = useAgencies();
  return (
    <>
      <option value="">{intl.formatMessage({ id: 'common.choose' })}</option>
      {[...(agencies.data?.values() ?? [])].map((a) => (
        <option key={a.code} value={a.code}>
          {a.name} ({a.code})
        </option>
      ))}
    </>
  );
}
