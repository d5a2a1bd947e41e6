import type { Dispatch } from '../backend/dispatcher.js';
import type { Result } from '../../shared/result.js';
import { isTrustedSender, type FrameLike } from './senderCheck.js';

/**
 * The `ipcMain.handle` listener for the one IPC channel: checks who is asking, then hands the
 * request to the same dispatcher the browser host and the CLI use.
 */
export function createInvokeHandler(
  dispatch: Dispatch,
  mainFrame: () => FrameLike | undefined,
): (event: { readonly senderFrame: FrameLike | null }, channel: unknown, input: unknown) => Promise<Result<unknown>> {
  return async (event, channel, input) => {
    if (!isTrustedSender(event.senderFrame, mainFrame())) {
      return { ok: false, error: { code: 'invalid_input', message: 'Refused a request that did not come from the Parallax window.' } };
    }
    if (typeof channel !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: 'The channel must be a string.', field: 'channel' } };
    }
    return dispatch(channel, input);
  };
}
