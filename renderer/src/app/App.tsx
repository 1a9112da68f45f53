import { useEffect, useState, useTransition } from 'react';
import { DeadlineReminders } from '../features/reminders/DeadlineReminders';
import { FlashMessage } from '../ui/FlashMessage';
import { useUi } from '../state/ui';
import { AppFrame, Waiting } from './Frame';
import { Screen } from './Screens';
import { useProfileLanguage } from './useProfileLanguage';
import { Shortcuts } from './Shortcuts';

/** What the main area holds once the record is open: reminders, the last message and the screen. */
export function AppMain() {
  const route = useUi((s) => s.route);
  useProfileLanguage();
  // The screen follows the route in a transition: while a screen's code is still being fetched
  // the one before stays (a fallback would hold the new screen back for React's 300 ms throttle),
  // and a status says so if it takes long enough to notice.
  const [shown, setShown] = useState(route);
  const [switching, startSwitch] = useTransition();
  useEffect(() => startSwitch(() => setShown(route)), [route]);
  return (
    <>
      <Shortcuts />
      <DeadlineReminders />
      <FlashMessage />
      {switching && <Waiting message="app.loadingScreen" late />}
      <Screen route={shown} />
    </>
  );
}

export function App() {
  return (
    <AppFrame>
      <AppMain />
    </AppFrame>
  );
}
