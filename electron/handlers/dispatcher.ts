import { RequestSchemas, type Channel, type Failure, type Handlers } from '../../shared/ipc/contract';
import { UNEXPECTED, failure } from './messages';
import { messageText } from './message-strings';
import { inBoth } from '../localized';

/** (channel, raw request) → response. Never throws: whatever goes wrong becomes a Failure a person can read. */
export type Dispatch = (channel: string, raw: unknown) => Promise<unknown>;

const isChannel = (c: string): c is Channel => Object.hasOwn(RequestSchemas, c);

export function createDispatcher(handlers: Handlers, log?: (message: string, error?: unknown) => void): Dispatch {
  return async (channel, raw) => {
    if (!isChannel(channel)) {
      log?.(`request on unknown channel ${String(channel).slice(0, 100)}`);
      return badRequest(channel);
    }
    const parsed = RequestSchemas[channel].safeParse(raw);
    if (!parsed.success) {
      log?.(`invalid request on ${channel}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return badRequest(channel);
    }
    try {
      const handler = handlers[channel] as (req: unknown) => Promise<unknown>;
      return await handler(parsed.data);
    } catch (e) {
      log?.(`handler ${channel} failed`, e);
      return failure(UNEXPECTED);
    }
  };
}

function badRequest(channel: string): Failure {
  const name = String(channel).slice(0, 60);
  return failure(inBoth((l) => messageText.t(l, 'badRequest', { name })));
}
