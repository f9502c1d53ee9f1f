import { describe, expect, it } from 'vitest';
import { CLOSE_CANCEL, CLOSE_DONT_SAVE, CLOSE_SAVE, closePromptOptions } from '../../../electron/close-prompt';

describe('the close prompt', () => {
  it('names the document exactly as it is called, whatever characters the name has', () => {
    // String.replace would read "$&" in the name as "the matched text" and show "{name}" instead.
    expect(closePromptOptions('sv', 'Budget $& plan {name}.simansokan').message).toBe('Vill du spara ändringarna i "Budget $& plan {name}.simansokan"?');
    expect(closePromptOptions('en', 'Dalsland $1').message).toBe('Do you want to save the changes to "Dalsland $1"?');
  });

  it('offers Spara, Spara inte and Avbryt, with Spara as the default and Avbryt on Escape', () => {
    const o = closePromptOptions('sv', 'x');
    expect(o.buttons).toEqual(['Spara', 'Spara inte', 'Avbryt']);
    expect([o.defaultId, o.cancelId]).toEqual([CLOSE_SAVE, CLOSE_CANCEL]);
    expect(closePromptOptions('en', 'x').buttons![CLOSE_DONT_SAVE]).toBe('Don’t Save');
  });
});
