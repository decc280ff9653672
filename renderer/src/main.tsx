import './takeLaunchKey';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installVietnameseMessages } from '../../shared/validation-messages';
import './i18n';
import { App } from './app/App';
import './app/global.css';

// The forms validate with the shared schemas; their generic messages must be Vietnamese too.
installVietnameseMessages();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
