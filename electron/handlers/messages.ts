import { basename } from 'node:path';
import type { Localized } from '../../shared/model/labels';
import { errorCode } from './fileops';
import type { Failure } from '../../shared/ipc/contract';
import { tooLargeMessage } from '../../shared/model/too-large';
import type { LockInfo } from './lock';

export const failure = (message: Localized): Failure => ({ status: 'error', message });

const both = (sv: string, en: string): Localized => ({ sv, en });

/** Why a write failed, for a person, with what is still safe. Never a raw error text or stack. */
export function writeErrorMessage(e: unknown, filePath: string, what: 'save' | 'recovery' | 'export'): Localized {
  const name = basename(filePath);
  const safe =
    what === 'save'
      ? both(' Originalfilen är oförändrad och dina ändringar finns kvar i programmet.', ' The original file is unchanged and your edits are still in the app.')
      : what === 'recovery'
        ? both(' Dina ändringar finns kvar i programmet; spara dem med Arkiv › Spara.', ' Your edits are still in the app; save them with File › Save.')
        : both(' Ansökan är oförändrad.', ' The application is unchanged.');
  const lead =
    what === 'recovery'
      ? both('Återställningskopian kunde inte skrivas', 'The recovery copy could not be written')
      : what === 'export'
        ? both(`Dokumentet "${name}" kunde inte sparas`, `The document "${name}" could not be saved`)
        : both(`"${name}" kunde inte sparas`, `"${name}" could not be saved`);
  const reason = writeReason(errorCode(e), what);
  return { sv: `${lead.sv}: ${reason.sv}.${safe.sv}`, en: `${lead.en}: ${reason.en}.${safe.en}` };
}

function writeReason(code: string | undefined, what: 'save' | 'recovery' | 'export'): Localized {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return both('det finns inte tillräckligt med ledigt utrymme på disken', 'there is not enough free space on the disk');
    case 'EACCES':
    case 'EPERM':
      return what === 'export'
        ? both(
            'du saknar behörighet att skriva där, eller så är dokumentet öppet i ett annat program (till exempel Word)',
            'you are not allowed to write there, or the document is open in another program (such as Word)',
          )
        : both('du saknar behörighet att skriva i den mappen', 'you are not allowed to write in that folder');
    case 'EBUSY':
      return both('filen används av ett annat program', 'the file is in use by another program');
    case 'EROFS':
      return both('enheten är skrivskyddad', 'the drive is read-only');
    case 'ENOENT':
    case 'ENOTDIR':
      return both('mappen finns inte längre (den kan ha flyttats eller tagits bort, eller så är nätverksenheten frånkopplad)', 'the folder no longer exists (it may have been moved or deleted, or the network drive is disconnected)');
    case 'ENAMETOOLONG':
      return both('sökvägen är för lång', 'the path is too long');
    case 'EISDIR':
      return both('det finns en mapp med samma namn', 'there is a folder with the same name');
    case 'ENOTREG':
      return both(
        'det som finns med det namnet är inte en vanlig fil (till exempel en enhet eller en namngiven pipe)',
        'what has that name is not a regular file (for example a device or a named pipe)',
      );
    case 'EIO':
      return both('ett läs- eller skrivfel uppstod på enheten', 'a read or write error occurred on the drive');
    default:
      return both(`ett oväntat fel inträffade (${code ?? 'okänt'})`, `an unexpected error occurred (${code ?? 'unknown'})`);
  }
}

export function readErrorMessage(e: unknown, filePath: string): Localized {
  const name = basename(filePath);
  switch (errorCode(e)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return both(`"${name}" finns inte längre. Den kan ha flyttats, bytt namn eller tagits bort.`, `"${name}" no longer exists. It may have been moved, renamed or deleted.`);
    case 'EACCES':
    case 'EPERM':
      return both(`Du saknar behörighet att läsa "${name}".`, `You are not allowed to read "${name}".`);
    case 'EISDIR':
      return both(`"${name}" är en mapp, inte en ansökan.`, `"${name}" is a folder, not an application.`);
    case 'ENOTREG':
      return notRegularMessage(name);
    case 'EFBIG': {
      const size = typeof e === 'object' && e !== null && 'size' in e && typeof e.size === 'number' ? e.size : 0;
      const why = tooLargeMessage(size);
      return both(`"${name}" kunde inte öppnas.\n${why.sv}`, `"${name}" could not be opened.\n${why.en}`);
    }
    case 'EBUSY':
      return both(`"${name}" används av ett annat program. Försök igen om en stund.`, `"${name}" is in use by another program. Try again in a moment.`);
    case 'EIO':
      return both(`"${name}" kunde inte läsas på grund av ett läsfel på enheten.`, `"${name}" could not be read because of a read error on the drive.`);
    default:
      return both(`"${name}" kunde inte läsas (${errorCode(e) ?? 'okänt fel'}).`, `"${name}" could not be read (${errorCode(e) ?? 'unknown error'}).`);
  }
}

export const notRegularMessage = (name: string): Localized =>
  both(
    `"${name}" är inte en vanlig fil (till exempel en enhet eller en namngiven pipe) och kan inte läsas.`,
    `"${name}" is not a regular file (for example a device or a named pipe) and cannot be read.`,
  );

/** A request named a file main never handed to this window (a dialog, the OS, the recent list). */
export const notGrantedMessage = (path: string): Localized => {
  const name = basename(path).slice(0, 200);
  return both(
    `Programmet bad om filen "${name}", som inte har valts eller öppnats i det här fönstret, och begäran utfördes inte. Öppna filen med Arkiv › Öppna eller spara med Spara som…. Dina ändringar finns kvar.`,
    `The app asked for the file "${name}", which has not been chosen or opened in this window, and the request was not carried out. Open the file with File › Open or save with Save As…. Your edits are still there.`,
  );
};

export const UNEXPECTED: Localized = both(
  'Något oväntat gick fel i programmet. Dina ändringar finns kvar; spara gärna en kopia med Arkiv › Spara som….',
  'Something unexpected went wrong in the app. Your edits are still there; consider saving a copy with File › Save As….',
);

export function lockedMessage(filePath: string, holder: LockInfo | null, self: { pid: number; host: string }, forSaveAs: boolean): Localized {
  const name = basename(filePath);
  const tail: Localized = forSaveAs
    ? { sv: ' Välj ett annat filnamn.', en: ' Choose another file name.' }
    : {
        sv: ' Den är skrivskyddad här; spara dina ändringar som en ny fil med Spara som….',
        en: ' It is read-only here; save your edits as a new file with Save As….',
      };
  if (holder && holder.host === self.host && holder.pid === self.pid) {
    return { sv: `"${name}" är redan öppen i ett annat fönster.${tail.sv}`, en: `"${name}" is already open in another window.${tail.en}` };
  }
  if (holder) {
    const when = holder.since.slice(0, 16).replace('T', ' ');
    return {
      sv: `"${name}" redigeras av ${holder.user} på datorn ${holder.host} (sedan ${when} UTC).${tail.sv}`,
      en: `"${name}" is being edited by ${holder.user} on the computer ${holder.host} (since ${when} UTC).${tail.en}`,
    };
  }
  return { sv: `"${name}" är öppen i ett annat program eller fönster.${tail.sv}`, en: `"${name}" is open in another program or window.${tail.en}` };
}
