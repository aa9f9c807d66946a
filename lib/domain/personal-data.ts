/**
 * Guards for a register that must stay pseudonymous: no personnummer (or samordningsnummer) in
 * any text, and codes that cannot be a name. Plain TypeScript.
 */

// 6 or 8 digits of date, an optional -, + or space, then 4 digits: 0501011234, 20050101-1234.
const PERSONNUMMER = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{4})(?!\d)/g;

function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let index = 0; index < tenDigits.length; index += 1) {
    let digit = Number(tenDigits[index]) * (index % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** True when the text holds something that is, by date and check digit, a personnummer or samordningsnummer. */
export function containsPersonnummer(text: string): boolean {
  for (const match of text.matchAll(PERSONNUMMER)) {
    const [, , year, month, dayText, last] = match;
    const day = Number(dayText);
    const validDate = Number(month) >= 1 && Number(month) <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
    if (validDate && luhnValid(`${year}${month}${dayText}${last}`)) return true;
  }
  return false;
}

/**
 * A placement's code: 3–40 letters, digits and dashes with at least one digit and no spaces,
 * e.g. "P-2020-0042". A name has no digits, so it cannot pass.
 */
export function isPseudonymousCode(code: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}-]{2,39}$/u.test(code) && /\d/.test(code) && !containsPersonnummer(code);
}

export const PERSONNUMMER_MESSAGE = "Texten ser ut att innehålla ett personnummer. Registret ska vara utan personuppgifter – ta bort numret.";
export const CODE_MESSAGE = "Koden ska vara en pseudonym som P-2020-0042: 3–40 tecken, bokstäver, siffror och bindestreck, minst en siffra – aldrig ett namn eller personnummer.";
