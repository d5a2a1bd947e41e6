import { useState } from 'react';
import { errorMessage } from '../store/errorMessage';

/** A dialog's one action: busy while it runs, the backend's message kept when it fails. */
export function useSubmit(action: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };
  return { busy, error, setError, submit: () => void submit() };
}
