/** The app: providers, the page frame and the routes. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, Route, RouterProvider, Routes } from 'react-router';
import { ChangeEmailPage } from '../accounts/ChangeEmailPage.tsx';
import { ConfirmEmailPage } from '../accounts/ConfirmEmailPage.tsx';
import { ForgotPasswordPage } from '../accounts/ForgotPasswordPage.tsx';
import { IntroductionPage } from '../accounts/IntroductionPage.tsx';
import { InvitePage } from '../accounts/InvitePage.tsx';
import { SetPasswordPage } from '../accounts/SetPasswordPage.tsx';
import { UnsubscribePage } from '../accounts/UnsubscribePage.tsx';
import { AnalysisPage } from '../analysis/AnalysisPage.tsx';
import { OutboxMailPage, OutboxPage } from '../mail/OutboxPage.tsx';
import { ReportPage } from '../analysis/ReportPage.tsx';
import { ApiError, setSessionLostHandler } from '../api/client.ts';
import { fetchSession } from '../session/session.api.ts';
import { SESSION_KEY } from '../session/session-context.tsx';
import { I18nProvider } from '../i18n/i18n.tsx';
import { MembersPage } from '../memberships/MembersPage.tsx';
import { DirectoryPage } from '../networks/DirectoryPage.tsx';
import { EditNetworkPage } from '../networks/EditNetworkPage.tsx';
import { NetworkPage } from '../networks/NetworkPage.tsx';
import { NewNetworkPage } from '../networks/NewNetworkPage.tsx';
import { OrganisationPage } from '../organisations/OrganisationPage.tsx';
import { PersonPage } from '../people/PersonPage.tsx';
import { AccountErasedPage } from '../personal-data/AccountErasedPage.tsx';
import { YourDataPage } from '../personal-data/YourDataPage.tsx';
import { BankActivityPage } from '../collections/BankActivityPage.tsx';
import { EditCollectionPage, NewCollectionPage } from '../collections/CollectionEditorPages.tsx';
import { CollectionPage, NetworkCollectionsPage } from '../collections/CollectionPages.tsx';
import { InquiryMeasuresPage } from '../measures/InquiryMeasuresPage.tsx';
import { MeasurePage } from '../measures/MeasurePage.tsx';
import { WhatWorksPage } from '../what-works/WhatWorksPage.tsx';
import { PracticeListPage } from '../practices/PracticeListPage.tsx';
import { PracticePage } from '../practices/PracticePage.tsx';
import { EditPracticePage, NewPracticePage } from '../practices/PracticeEditorPages.tsx';
import { CyclePage, NewCyclePage } from '../inquiries/CyclePage.tsx';
import { CyclesPage } from '../inquiries/CyclesPage.tsx';
import { DriverDiagramPage } from '../inquiries/DriverDiagramPage.tsx';
import {
  EditInquiryPage,
  InquiryPhasesPage,
  InquiryTeamPage,
  NewInquiryPage,
} from '../inquiries/InquiryEditorPages.tsx';
import { InquiryListPage } from '../inquiries/InquiryListPage.tsx';
import { InquiryPage } from '../inquiries/InquiryPage.tsx';
import { ResourcePage } from '../resources/ResourcePage.tsx';
import { AdaptResourcePage, EditResourcePage, NewResourcePage } from '../resources/ResourceEditorPages.tsx';
import { ResourceSearchPage } from '../resources/ResourceSearchPage.tsx';
import { ResourceVersionPage } from '../resources/ResourceVersionPage.tsx';
import { SignInPage } from '../session/SignInPage.tsx';
import { AnswerWavePage } from '../surveys/AnswerWavePage.tsx';
import { NewSurveyPage } from '../surveys/NewSurveyPage.tsx';
import { OpenWavePage } from '../surveys/OpenWavePage.tsx';
import { WavePage } from '../surveys/WavePage.tsx';
import { NavigationFocusProvider } from '../ui/page-heading.tsx';
import { PageNotFound } from '../ui/page-states.tsx';
import { StatusProvider } from '../ui/status.tsx';
import { Layout } from './Layout.tsx';
import { LocaleSync } from './LocaleSync.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not get better by asking again.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// Re-read the session (which also renews the CSRF token); if it has ended, what this person
// may see has changed, so everything else is fetched again.
setSessionLostHandler(() => {
  const before = queryClient.getQueryData(SESSION_KEY);
  void queryClient.fetchQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 0 }).then(
    (session) => {
      if (before && !session) {
        void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      }
    },
    () => {},
  );
});

/**
 * A data router, so that a page can ask before the reader leaves it (`useBlocker`: unsaved
 * answers); its one route renders the app's `<Routes>` below.
 */
const router = createBrowserRouter([{ path: '*', element: <Pages /> }]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>
  );
}

function Pages() {
  return (
    <StatusProvider>
      <NavigationFocusProvider>
        <LocaleSync />
        <Layout>
          <Routes>
            <Route path="/" element={<DirectoryPage />} />
            {/* A static segment outranks :slug, so /networks/new is always this page. */}
            <Route path="/networks/new" element={<NewNetworkPage />} />
            <Route path="/networks/:slug" element={<NetworkPage />} />
            <Route path="/networks/:slug/edit" element={<EditNetworkPage />} />
            <Route path="/networks/:slug/members" element={<MembersPage />} />
            <Route path="/networks/:slug/surveys/new" element={<NewSurveyPage />} />
            <Route path="/surveys/:id/waves/new" element={<OpenWavePage />} />
            <Route path="/waves/:id" element={<WavePage />} />
            <Route path="/waves/:id/answer" element={<AnswerWavePage />} />
            <Route path="/networks/:slug/analysis" element={<AnalysisPage />} />
            <Route path="/networks/:slug/analysis/report" element={<ReportPage />} />
            <Route path="/resources" element={<ResourceSearchPage />} />
            <Route path="/resources/new" element={<NewResourcePage />} />
            <Route path="/resources/:id" element={<ResourcePage />} />
            <Route path="/resources/:id/edit" element={<EditResourcePage />} />
            <Route path="/resources/:id/adapt" element={<AdaptResourcePage />} />
            <Route path="/resources/:id/versions/:version" element={<ResourceVersionPage />} />
            <Route path="/practices" element={<PracticeListPage />} />
            {/* A static segment outranks :id, so /practices/new is always the editor. */}
            <Route path="/practices/new" element={<NewPracticePage />} />
            <Route path="/practices/:id" element={<PracticePage />} />
            <Route path="/practices/:id/edit" element={<EditPracticePage />} />
            <Route path="/inquiries" element={<InquiryListPage />} />
            <Route path="/inquiries/new" element={<NewInquiryPage />} />
            <Route path="/inquiries/:id" element={<InquiryPage />} />
            <Route path="/inquiries/:id/edit" element={<EditInquiryPage />} />
            <Route path="/inquiries/:id/team" element={<InquiryTeamPage />} />
            <Route path="/inquiries/:id/phases" element={<InquiryPhasesPage />} />
            <Route path="/inquiries/:id/driver-diagram" element={<DriverDiagramPage />} />
            <Route path="/inquiries/:id/cycles" element={<CyclesPage />} />
            <Route path="/inquiries/:id/cycles/new" element={<NewCyclePage />} />
            <Route path="/cycles/:id" element={<CyclePage />} />
            <Route path="/collections/:id" element={<CollectionPage />} />
            <Route path="/collections/:id/edit" element={<EditCollectionPage />} />
            <Route path="/networks/:slug/collections" element={<NetworkCollectionsPage />} />
            <Route path="/networks/:slug/collections/new" element={<NewCollectionPage />} />
            <Route path="/networks/:slug/bank-activity" element={<BankActivityPage />} />
            <Route path="/inquiries/:id/measures" element={<InquiryMeasuresPage />} />
            <Route path="/measures/:id" element={<MeasurePage />} />
            <Route path="/networks/:slug/what-works" element={<WhatWorksPage />} />
            <Route path="/organisations/:id" element={<OrganisationPage />} />
            <Route path="/people/:id" element={<PersonPage />} />
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/account/forgot-password" element={<ForgotPasswordPage />} />
            <Route path="/account/set-password" element={<SetPasswordPage />} />
            <Route path="/account/email" element={<ChangeEmailPage />} />
            <Route path="/account/confirm-email" element={<ConfirmEmailPage />} />
            <Route path="/unsubscribe" element={<UnsubscribePage />} />
            <Route path="/networks/:slug/invite" element={<InvitePage />} />
            <Route path="/introductions/:id" element={<IntroductionPage />} />
            <Route path="/admin/outbox" element={<OutboxPage />} />
            <Route path="/admin/outbox/:id" element={<OutboxMailPage />} />
            <Route path="/your-data" element={<YourDataPage />} />
            <Route path="/account-erased" element={<AccountErasedPage />} />
            <Route path="*" element={<PageNotFound />} />
          </Routes>
        </Layout>
      </NavigationFocusProvider>
    </StatusProvider>
  );
}
