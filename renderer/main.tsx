import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/client';
import { connectShellEvents } from './api/events';
import { pickTransport } from './api/pickTransport';
import { AppFrame } from './features/frame/AppFrame';
import { createAppStore } from './store/appStore';
import { AppStoreProvider } from './store/AppStoreProvider';
import './styles/fonts.css';
import './styles/base.css';

const store = createAppStore(createApi(pickTransport()));
if (window.parallax) connectShellEvents(window.parallax, store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <AppFrame />
    </AppStoreProvider>
  </StrictMode>,
);
