import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppFrame } from '../../../renderer/features/frame/AppFrame';
import { createAppStore } from '../../../renderer/store/appStore';
import { AppStoreProvider } from '../../../renderer/store/AppStoreProvider';
import type { Api } from '../../../renderer/api/client';
import { fakeApi, type FakeApi } from './fakeApi';

/**
 * The whole app on its own store and backend (the fake by default, or useBackendApi()'s real
 * one); returns both so tests can seed and inspect.
 */
export function renderApp<B extends { api: Api } = FakeApi>(backend: B = fakeApi() as FakeApi & B) {
  const store = createAppStore(backend.api);
  const user = userEvent.setup();
  const view = render(
    <AppStoreProvider store={store}>
      <AppFrame />
    </AppStoreProvider>,
  );
  return { ...view, store, user, backend };
}
