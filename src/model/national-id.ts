/**
 * Checks a mainland China resident identity number (居民身份证号码, GB 11643-1999): 17 digits and a
 * check character computed with ISO 7064 MOD 11-2. Returns what is wrong, never the number.
 *
 * @internal
 */
export function nationalIdProblem(id: string): 'format' | 'checksum' | undefined {
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  // GB 11643-1999 section 7.2: weights 2^(i-1) mod 11 for positions 18..2, check = (12 - sum mod 11) mod 11.
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checks = '10X98765432';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (weights[i] ?? 0);
  return checks[sum % 11] === id[17] ? undefined : 'checksum';
}

/**
 * The birth date written inside a resident identity number (positions 7-14, YYYYMMDD), as
 * `YYYY-MM-DD`.
 *
 * @internal
 */
export function nationalIdBirthDate(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
