// Lines the engine draws where the law and the guidelines give none. Each is a choice Avvik makes
// and states in its reasons, so a DPO can see it and disagree.

/**
 * EDPB Guidelines 9/2022 §IV.B (number of affected individuals): from this many people the impact is
 * counted as larger. ENISA keeps the number out of its formula; one calculator flags more than 100;
 * we raise the legal risk only from 1,000.
 */
export const LARGE_SCALE_SUBJECTS = 1000;

/**
 * EDPB Guidelines 9/2022 §IV.B (type of breach, permanence): data unavailable for at most this long
 * and then fully restored counts as a short outage, unlikely to result in a risk outside care.
 */
export const SHORT_OUTAGE_HOURS = 24;

/** ENISA 2013 (volume in content): this many kinds of data about the same people make a profile. */
export const PROFILE_CATEGORY_COUNT = 4;
