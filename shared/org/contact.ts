// Contact details a notification prints: checked for the plain mistakes (a missing @, letters in a
// phone number), not for deliverability, which no offline check can promise.

/** One address, something@domain.tld, no spaces. */
export function isPlausibleEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value.trim());
}

/** Digits with the usual separators and an optional leading +: "+47 22 39 69 00", "(0)22-396900". */
export function isPlausiblePhone(value: string): boolean {
  const trimmed = value.trim();
  return /^\+?[\d\s().-]+$/.test(trimmed) && (trimmed.match(/\d/g)?.length ?? 0) >= 5;
}
