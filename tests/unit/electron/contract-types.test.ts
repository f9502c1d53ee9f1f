import { describe, expect, it } from 'vitest';
import type { Api, Handler, Handlers, RequestOf, ResponseOf } from '../../../shared/ipc/contract';

/**
 * Compile-time checks of the contract: `npm run typecheck` (tsc over tests/) fails if any `@ts-expect-error` below
 * stops being an error, i.e. if a channel could go without a handler or a handler could answer off-contract.
 */

const ok = async () => ({ status: 'ok' as const });
const closed = async () => ({ status: 'closed' as const });

// Every channel but one: a table of handlers without 'help:openLink' is not a Handlers.
const { 'help:openLink': _left, ...allButOne } = {} as Handlers;
// @ts-expect-error a channel without a handler fails to compile
const missing: Handlers = allButOne;

// @ts-expect-error a handler must answer with its channel's response type
const wrongAnswer: Handler<'file:close'> = ok;
const rightAnswer: Handler<'file:close'> = closed;

// @ts-expect-error window.api has no generic invoke
const noInvoke: Api['invoke'] = undefined;

// The request type is what the schema parses: file:save needs a path.
// @ts-expect-error a request without the schema's required field fails to compile
const badRequest: RequestOf<'file:save'> = { application: {}, expectedMtimeMs: null };
const settingsAnswer: ResponseOf<'settings:get'> = { language: 'sv', userName: '', actingFor: {} };

describe('contract types', () => {
  it('are checked by tsc (this file is in the typecheck)', () => {
    expect([missing, wrongAnswer, rightAnswer, noInvoke, badRequest, settingsAnswer].length).toBe(6);
  });
});
