import './i18n/i18n';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { App } from './app/app';
import { SessionProvider } from './session/session-context';
import { SessionStore } from './session/session-store';
import { UiProvider } from './ui';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const session = new SessionStore();

createRoot(root).render(
  <StrictMode>
    <UiProvider>
      <SessionProvider store={session}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </SessionProvider>
    </UiProvider>
  </StrictMode>,
);
