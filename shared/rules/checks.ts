/** Small predicates the rules and the forms share. Pure and cheap: they run on every keystroke. */

const NON_SPACE = /\S/;

/** True when a text has nothing but whitespace. Stops at the first visible character, so long texts cost nothing. */
export function isBlank(s: string | null | undefined): boolean {
  return s == null || !NON_SPACE.test(s);
}

const ORG_NUMBER = /^(?:16)?(\d{6})-?(\d{4})$/;

/**
 * The ten digits of a Swedish organisationsnummer written as `NNNNNN-NNNN`, `NNNNNNNNNN`, or with the `16`
 * century-style prefix (`16NNNNNN-NNNN`, `16NNNNNNNNNN`); null when the shape is wrong.
 */
export function orgNumberDigits(input: string): string | null {
  const m = ORG_NUMBER.exec(input.trim());
  return m ? m[1]! + m[2]! : null;
}

/** Luhn check over ten digits: the last digit checks the first nine. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let v = digits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

export type OrgNumberVerdict = 'ok' | 'format' | 'checksum';

export function checkOrgNumber(input: string): OrgNumberVerdict {
  const digits = orgNumberDigits(input);
  if (!digits) return 'format';
  return luhnValid(digits) ? 'ok' : 'checksum';
}

/** `2321000131` or `16232100-0131` → `232100-0131`, the way the document prints it; input unchanged if invalid. */
export function formatOrgNumber(input: string): string {
  const digits = orgNumberDigits(input);
  return digits ? `${digits.slice(0, 6)}-${digits.slice(6)}` : input;
}

// Letters of any script are allowed on both sides: Swedish addresses and IDN domains use å, ä, ö.
const EMAIL =
  /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$/u;

/** A plausible e-mail address: one @, no spaces, a dotted domain with a letter top-level domain. */
export function isValidEmail(input: string): boolean {
  const s = input.trim();
  return s.length <= 254 && EMAIL.test(s);
}
