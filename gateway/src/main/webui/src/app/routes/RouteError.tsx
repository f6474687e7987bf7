import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

/** A screen that failed to load (a network error fetching its code): say so and offer a way on. */
export function RouteError() {
  return (
    <main id="main" className="page">
      <h1>
        <FormattedMessage id="error.title" />
      </h1>
      <p>
        <FormattedMessage id="error.body" />
      </p>
      <p>
        <Link to="/">
          <FormattedMessage id="nav.home" />
        </Link>
      </p>
    </main>
  );
}
