import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppFrame } from '../../../renderer/features/frame/AppFrame';
import { createAppStore } from '../../../renderer/store/appStore';
import { AppStoreProvider } from '../../../renderer/store/AppStoreProvider';
import { fakeApi, type FakeApi } from './fakeApi';

/** The whole app on its own store and fake backend; returns both so tests can seed and inspect. */
export function renderApp(backend: FakeApi = fakeApi()) {
  const store = createAppStore(backend.api);
  const user = userEvent.setup();
  const view = render(
    <AppStoreProvider store={store}>
      <AppFrame />
    </AppStoreProvider>,
  );
  return { ...view, store, user, backend };
}
