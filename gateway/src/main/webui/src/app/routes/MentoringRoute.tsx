import { FormattedMessage, useIntl } from 'react-intl';
import { PageTitle } from '../../components/Page';
import { MyMentoring } from '../../features/mentoring/components/MyMentoring';
import { RequireSignIn } from '../RequireSignIn';

/** /mentoring: the startup's requests, proposals, mentor. */
export function MentoringRoute() {
  const intl = useIntl();
  return (
    <RequireSignIn>
      <PageTitle title={intl.formatMessage({ id: 'myMentoring.title' })}>
        <FormattedMessage id="myMentoring.title" />
      </PageTitle>
      <MyMentoring />
    </RequireSignIn>
  );
}
