import { useEffect } from 'react';
import { useStore } from './store';
import { StartScreen } from './shell/StartScreen';
import { Wizard } from './shell/Wizard';
import { DialogHost } from './shell/DialogHost';
import { LiveRegion } from './shell/LiveRegion';
import { startCommands } from './shell/commands';
import { recovery } from './shell/recovery';
import { startDocumentState } from './shell/documentState';

export function App() {
  const hasDocument = useStore((s) => s.app !== null);
  useEffect(() => {
    const stops = [startCommands(), recovery.start(), startDocumentState()];
    // A window going to the background may be the last moment before the computer sleeps: write the copy now.
    const onHidden = () => document.hidden && recovery.flush();
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      stops.forEach((stop) => stop());
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);
  return (
    <>
      {hasDocument ? <Wizard /> : <StartScreen />}
      <DialogHost />
      <LiveRegion />
    </>
  );
}
