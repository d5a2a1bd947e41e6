import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { ApiError } from './apiError';

/** Carries one call to the backend and brings back its Result: IPC (desktop) or HTTP (browser). */
export type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

export interface Api {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

export function createApi(transport: Transport): Api {
  return {
    async invoke(channel, input) {
      const result = await transport(channel, input);
      if (!result.ok) throw new ApiError(result.error);
      // The backend validates against the same contract, so the value has the channel's type.
      return result.value as ChannelOutput<typeof channel>;
    },
  };
}
