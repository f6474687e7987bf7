import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './routes/RouteError';

/** Each screen is its own chunk, loaded when first visited, so the first page stays small. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // the first screen's code is loading: the page stays empty for that moment rather than flashing
    HydrateFallback: () => null,
    children: [
      { index: true, lazy: () => import('./routes/HomeRoute').then((m) => ({ Component: m.HomeRoute })) },
      { path: 'signin', lazy: () => import('./routes/SignInRoute').then((m) => ({ Component: m.SignInRoute })) },
      { path: 'register', lazy: () => import('./routes/RegisterRoute').then((m) => ({ Component: m.RegisterRoute })) },
      { path: 'calls', lazy: () => import('./routes/CallsRoute').then((m) => ({ Component: m.CallsRoute, loader: m.loader })) },
      { path: 'calls/:callId', lazy: () => import('./routes/CallRoute').then((m) => ({ Component: m.CallRoute })) },
      {
        path: 'applications/:applicationId',
        lazy: () => import('./routes/ApplicationRoute').then((m) => ({ Component: m.ApplicationRoute })),
      },
      {
        path: 'notifications',
        lazy: () => import('./routes/NotificationsRoute').then((m) => ({ Component: m.NotificationsRoute })),
      },
      { path: 'mentoring', lazy: () => import('./routes/MentoringRoute').then((m) => ({ Component: m.MentoringRoute })) },
      { path: 'matches/:matchId', lazy: () => import('./routes/MatchRoute').then((m) => ({ Component: m.MatchRoute })) },
      { path: 'mentor/profile', lazy: () => import('./routes/MentorProfileRoute').then((m) => ({ Component: m.MentorProfileRoute })) },
      { path: 'reviews/:reviewId', lazy: () => import('./routes/ReviewRoute').then((m) => ({ Component: m.ReviewRoute })) },
      { path: 'agency/calls/new', lazy: () => import('./routes/CallEditRoute').then((m) => ({ Component: m.CallEditRoute })) },
      { path: 'agency/calls/:callId', lazy: () => import('./routes/AgencyCallRoute').then((m) => ({ Component: m.AgencyCallRoute })) },
      { path: 'agency/calls/:callId/edit', lazy: () => import('./routes/CallEditRoute').then((m) => ({ Component: m.CallEditRoute })) },
      { path: 'admin/accounts', lazy: () => import('./routes/AdminAccountsRoute').then((m) => ({ Component: m.AdminAccountsRoute })) },
      { path: 'admin/clients', lazy: () => import('./routes/AdminClientsRoute').then((m) => ({ Component: m.AdminClientsRoute })) },
      { path: 'admin/matching', lazy: () => import('./routes/AdminMatchingRoute').then((m) => ({ Component: m.AdminMatchingRoute })) },
      { path: '*', lazy: () => import('./routes/NotFoundRoute').then((m) => ({ Component: m.NotFoundRoute })) },
    ],
  },
]);
