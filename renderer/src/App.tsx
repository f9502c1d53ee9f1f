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
    return () => stops.forEach((stop) => stop());
  }, []);
  return (
    <>
      {hasDocument ? <Wizard /> : <StartScreen />}
      <DialogHost />
      <LiveRegion />
    </>
  );
}
