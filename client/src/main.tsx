// Entry point: renders the app shell (app/App.tsx) for this page's path.
import { createRoot } from 'react-dom/client';
import './app/app.css';
import './components/timeline/timeline.css';
import './components/controls.css';
import { App } from './app/App.tsx';

createRoot(document.getElementById('root')!).render(<App pathname={window.location.pathname} />);
