// The analyst workbench (Cypher console): placeholder until the feature lands.
import { ModeNav } from '../components/ModeNav.tsx';

export function WorkbenchPage() {
  return (
    <div className="page-placeholder">
      <ModeNav current="console" lang="en" />
    </div>
  );
}
