// Entry point: renders the app shell (app/App.tsx) for this page's path.
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/app.css';

createRoot(document.getElementById('root')!).render(<App pathname={window.location.pathname} />);
