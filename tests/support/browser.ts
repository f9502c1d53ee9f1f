import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep a headless Chromium quiet on a machine with no network (and as root). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Browser features the app's window does not have. Each new page in headless Chromium also builds its address
 * bar's suggestion popup, a page of its own (chrome://omnibox-popup.top-chrome/) that keeps a core busy for a
 * few hundred milliseconds, right while the app's page loads.
 */
const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** Playwright passes its own --disable-features list: this script joins it with ours (Chromium reads only one). */
const LAUNCHER = fileURLToPath(new URL('./chromium-one-feature-list.sh', import.meta.url));

/** Launches Debian's Chromium. A missing browser is a failure, never a skip: CI installs it. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package (see .ci/run).`);
  }
  return chromium.launch({
    executablePath: LAUNCHER,
    env: { ...process.env, SIM_CHROMIUM: CHROMIUM_PATH },
    args: [...CHROMIUM_ARGS, `--disable-features=${DISABLED_FEATURES.join(',')}`, ...extraArgs],
  });
}

/**
 * Flags that let the browser reach only `origin` (an http://127.0.0.1:port server): every other request goes to
 * a proxy that is not there and fails, loopback included, without the test process seeing or pausing a request.
 */
export function onlyOriginArgs(origin: string): string[] {
  const { host } = new URL(origin);
  return ['--proxy-server=http://127.0.0.1:9', `--proxy-bypass-list=<-loopback>;${host}`];
}
