import { FormattedMessage, useIntl } from 'react-intl';
import { countryName } from '../lib/format';

/** What a multiple choice list holds, in words: its chosen options may be scrolled out of sight. */
export function ChosenCountries({ codes }: { codes: string[] }) {
  const intl = useIntl();
  return (
    <p className="meta" aria-live="polite">
      {codes.length ? (
        <FormattedMessage id="common.chosen" values={{ list: intl.formatList(codes.map((c) => countryName(intl.locale, c))) }} />
      ) : (
        <FormattedMessage id="common.noneChosen" />
      )}
    </p>
  );
}
