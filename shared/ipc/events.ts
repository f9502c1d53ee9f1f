/** The one channel main uses to send events to the renderer. Its own file, free of zod, for the small sandboxed preload. */
export const MAIN_EVENT_CHANNEL = 'main:event';
