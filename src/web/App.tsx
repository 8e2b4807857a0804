// The app's frame and its routes. Every page is its own chunk so that the first screen stays
// light; the graph and the charts never load until their pages open.
import { lazy, Suspense, useCallback, useState } from "react";
import { Redirect, Route, Switch, useLocation } from "wouter";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Loading } from "./components/PageStates";
import { Shell } from "./components/Shell";
import { AddPersonContext } from "./hooks/useAddPerson";
import { ShortcutProvider } from "./hooks/useShortcuts";
import { lazyPage } from "./lib/lazyPage";
import { useAccount } from "./pages/account/accountContext";

const TodayPage = lazyPage(() => import("./pages/today/TodayPage"), "TodayPage");
const WelcomePage = lazyPage(() => import("./pages/welcome/WelcomePage"), "WelcomePage");
const PeoplePage = lazyPage(() => import("./pages/people/PeoplePage"), "PeoplePage");
const PersonPage = lazyPage(() => import("./pages/person/PersonPage"), "PersonPage");
const OrganizationsPage = lazyPage(
  () => import("./pages/organizations/OrganizationsPage"),
  "OrganizationsPage",
);
const OrganizationPage = lazyPage(
  () => import("./pages/organizations/OrganizationPage"),
  "OrganizationPage",
);
const TargetPage = lazyPage(() => import("./pages/target/TargetPage"), "TargetPage");
const OutreachPage = lazyPage(() => import("./pages/outreach/OutreachPage"), "OutreachPage");
const ComposePage = lazyPage(() => import("./pages/outreach/ComposePage"), "ComposePage");
const ConversationsPage = lazyPage(
  () => import("./pages/conversations/ConversationsPage"),
  "ConversationsPage",
);
const WorkspacePage = lazyPage(() => import("./pages/workspace/WorkspacePage"), "WorkspacePage");
const PrepSheetPage = lazyPage(() => import("./pages/workspace/PrepSheetPage"), "PrepSheetPage");
const NetworkPage = lazyPage(() => import("./pages/network/NetworkPage"), "NetworkPage");
const LeadsPage = lazyPage(() => import("./pages/leads/LeadsPage"), "LeadsPage");
const ProgressPage = lazyPage(() => import("./pages/progress/ProgressPage"), "ProgressPage");
const SettingsPage = lazyPage(() => import("./pages/settings/SettingsPage"), "SettingsPage");
const ImportPage = lazyPage(() => import("./pages/transfer/ImportPage"), "ImportPage");
// The person form pulls in Mantine's comboboxes; it loads the first time someone adds a person.
const AddPersonModal = lazy(async () => ({
  default: (await import("./components/AddPersonModal")).AddPersonModal,
}));
const NotFoundPage = lazyPage(() => import("./pages/NotFoundPage"), "NotFoundPage");
// Server mode only: the account (name, password, sessions, delete).
const AccountPage = lazyPage(() => import("./pages/account/AccountPage"), "AccountPage");
// Server mode only: coaching (the seeker's side) and career centers (the staff's side).
const CoachingPage = lazyPage(() => import("./pages/coaching/CoachingPage"), "CoachingPage");
const CentersPage = lazyPage(() => import("./pages/centers/CentersPage"), "CentersPage");
const CenterPage = lazyPage(() => import("./pages/centers/CenterPage"), "CenterPage");
const ProgramPage = lazyPage(() => import("./pages/program/ProgramPage"), "ProgramPage");
const SeekerViewPage = lazyPage(
  () => import("./pages/seekerView/SeekerViewPage"),
  "SeekerViewPage",
);

export function App() {
  const [location] = useLocation();
  const serverMode = useAccount().mode === "server";
  const [adding, setAdding] = useState(false);
  const openAdd = useCallback(() => setAdding(true), []);
  return (
    <AddPersonContext.Provider value={openAdd}>
      <ShortcutProvider fallbackAdd={openAdd}>
        <Switch>
          {/* The prep sheet is a page of paper: no app frame around it. */}
          <Route path="/conversations/:id/sheet">
            <Suspense fallback={<Loading />}>
              <PrepSheetPage />
            </Suspense>
          </Route>
          <Route>
            <Shell onAddPerson={openAdd}>
              <ErrorBoundary resetKey={location}>
                <Suspense fallback={<Loading />}>
                  <Switch>
                    <Route path="/" component={TodayPage} />
                    <Route path="/welcome" component={WelcomePage} />
                    <Route path="/people" component={PeoplePage} />
                    <Route path="/people/:id" component={PersonPage} />
                    <Route path="/organizations" component={OrganizationsPage} />
                    <Route path="/organizations/:id" component={OrganizationPage} />
                    <Route path="/targets">
                      <Redirect to="/organizations" />
                    </Route>
                    <Route path="/targets/:id" component={TargetPage} />
                    <Route path="/outreach" component={OutreachPage} />
                    <Route path="/outreach/:id" component={ComposePage} />
                    <Route path="/conversations" component={ConversationsPage} />
                    <Route path="/conversations/:id/:step?" component={WorkspacePage} />
                    <Route path="/network" component={NetworkPage} />
                    <Route path="/leads" component={LeadsPage} />
                    <Route path="/progress" component={ProgressPage} />
                    <Route path="/import" component={ImportPage} />
                    <Route path="/export">
                      <Redirect to="/import" />
                    </Route>
                    <Route path="/settings" component={SettingsPage} />
                    {serverMode && <Route path="/account" component={AccountPage} />}
                    {serverMode && <Route path="/coaching" component={CoachingPage} />}
                    {serverMode && <Route path="/centers" component={CentersPage} />}
                    {serverMode && <Route path="/centers/:id" component={CenterPage} />}
                    {serverMode && <Route path="/programs/:id" component={ProgramPage} />}
                    {serverMode && (
                      <Route path="/programs/:id/seekers/:seekerId" component={SeekerViewPage} />
                    )}
                    <Route component={NotFoundPage} />
                  </Switch>
                </Suspense>
              </ErrorBoundary>
            </Shell>
          </Route>
        </Switch>
        {adding && (
          <Suspense fallback={null}>
            <AddPersonModal opened onClose={() => setAdding(false)} />
          </Suspense>
        )}
      </ShortcutProvider>
    </AddPersonContext.Provider>
  );
}
