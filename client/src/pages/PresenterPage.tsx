// The presenter: placeholder until the feature lands.
import { ModeNav } from '../components/ModeNav.tsx';

export function PresenterPage() {
  return (
    <div className="page-placeholder">
      <ModeNav current="present" lang="en" />
    </div>
  );
}
