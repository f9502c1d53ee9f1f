/**
 * Resolves once the code under test has nothing left in flight: no file-system request outstanding and the
 * microtask and immediate queues drained, several turns of the event loop in a row. A test that asserts that
 * something did NOT happen (no second prompt, the window still open) waits for this instead of sleeping a few
 * milliseconds and hoping the machine was fast enough. Timers the code sets are not waited for: a test that
 * needs one to fire waits for what it does (vi.waitFor) or uses fake timers.
 */
const IN_FLIGHT = new Set(['FSReqCallback', 'FSReqPromise', 'FileHandleCloseReq', 'Immediate', 'WriteWrap', 'ShutdownWrap']);
const CALM_TURNS = 5;

export async function quiescent(): Promise<void> {
  // Timers already due (a setTimeout(0) in the code) fire before one set now.
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (let calm = 0; calm < CALM_TURNS; ) {
    await new Promise((resolve) => setImmediate(resolve));
    calm = process.getActiveResourcesInfo().some((r) => IN_FLIGHT.has(r)) ? 0 : calm + 1;
  }
}
