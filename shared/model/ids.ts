/** A new stable id for a repeatable item or an application. `crypto` is a global in browsers and Node. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
