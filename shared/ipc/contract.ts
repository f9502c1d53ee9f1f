import * as z from '../zod';
import { CHANNELS, CHANNEL_NAMES, type Channel } from './channels';

/**
 * The contract between renderer and main: every channel is declared once, in `./channels.ts`; this module adds
 * what only main needs, the request schemas built with the app's configured zod.
 */

type Schemas = { readonly [C in Channel]: ReturnType<(typeof CHANNELS)[C]['request']> };

export const RequestSchemas = Object.freeze(Object.fromEntries(CHANNEL_NAMES.map((c) => [c, CHANNELS[c].request(z)]))) as Schemas;

export * from './channels';
export * from './types';
export { MAIN_EVENT_CHANNEL } from './events';
