import { create } from 'zustand';
import type { Route } from './routes';

// The keyboard shortcuts' state: whether their list is open, and where "next step" leads. The
// incident on screen says which of its steps is next (ui/incident/IncidentFrame); no incident on
// screen, no next step.

interface ShortcutState {
  helpOpen: boolean;
  nextStep: Route | null;
  setHelpOpen(open: boolean): void;
  setNextStep(route: Route | null): void;
}

export const useShortcuts = create<ShortcutState>((set) => ({
  helpOpen: false,
  nextStep: null,
  setHelpOpen(helpOpen) {
    set({ helpOpen });
  },
  setNextStep(nextStep) {
    set({ nextStep });
  },
}));
