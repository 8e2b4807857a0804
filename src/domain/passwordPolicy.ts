// Passwords as OWASP's guidance has them: long (at least 12 characters), any characters, no
// composition rules, and not one of the passwords everyone tries first. The list is short on
// purpose: only what is 12 characters or longer matters here.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

const COMMON = new Set([
  "000000000000",
  "111111111111",
  "123123123123",
  "123456789012",
  "1234567890123",
  "12345678910",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "aaaaaaaaaaaa",
  "abc123abc123",
  "abcdefghijkl",
  "administrator",
  "changeme1234",
  "iloveyou1234",
  "iloveyouiloveyou",
  "letmeinletmein",
  "passw0rd1234",
  "password1234",
  "password12345",
  "password123!",
  "passwordpassword",
  "p@ssw0rd1234",
  "qwerty123456",
  "qwertyqwerty",
  "qwertyuiop12",
  "qwertyuiopasdfgh",
  "trustno1trustno1",
  "welcome12345",
  "welcome123456",
  "zaq12wsxcde3",
]);

/** Why a password will not do, or undefined when it will. */
export function passwordProblem(password: string, context: string[] = []): string | undefined {
  const characters = [...password];
  if (characters.length < MIN_PASSWORD_LENGTH) {
    return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  if (characters.length > MAX_PASSWORD_LENGTH) {
    return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  }
  const folded = password.toLowerCase();
  if (COMMON.has(folded) || new Set(characters).size <= 2) {
    return "is one of the passwords people try first; choose another";
  }
  // The account's own e-mail or name is the first guess too.
  for (const word of context) {
    const known = word.toLowerCase().trim();
    if (known.length >= 4 && folded.includes(known)) return "must not contain your e-mail or name";
  }
  return undefined;
}
