import { FormattedMessage, useIntl } from 'react-intl';
import { PageTitle } from '../../components/Page';
import { MatchingRuns } from '../../features/mentoring/components/MatchingRuns';
import { RequireSignIn } from '../RequireSignIn';

export function AdminMatchingRoute() {
  const intl = useIntl();
  return (
    <RequireSignIn>
      <PageTitle title={intl.formatMessage({ id: 'admin.matching' })}>
        <FormattedMessage id="admin.matching" />
      </PageTitle>
      <MatchingRuns />
    </RequireSignIn>
  );
}
