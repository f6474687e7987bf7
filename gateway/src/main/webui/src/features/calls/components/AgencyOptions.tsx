import { useIntl } from 'react-intl';
import { useAgencies } from '../api/calls';

/**
 * The options of a select that picks a funding agency: "Choose…", then each agency by name and code.
 * An agency's name is in its own script, whatever the page's: dir="auto" shows a Latin name from its
 * start on a Persian page (and the reverse) when the select is too narrow for all of it.
 */
export function AgencyOptions() {
  const intl = useIntl();
  const agencies = useAgencies();
  return (
    <>
      <option value="">{intl.formatMessage({ id: 'common.choose' })}</option>
      {[...(agencies.data?.values() ?? [])].map((a) => (
        <option key={a.code} value={a.code} dir="auto">
          {a.name} ({a.code})
        </option>
      ))}
    </>
  );
}
