import type { BreachFacts } from '../../../../shared/assessment';
import { incident } from '../incident';

// A published breach case, encoded in Avvik's facts vocabulary, with the regulator's conclusion.
// Facts carry over from the source; the notes are our own words. Where the source does not say
// whether someone saw signs of misuse, "no signs seen" is encoded as misuseObserved 'no'.

export interface PublishedCase {
  id: string;
  /** Where the regulator said it: document, case number, and an address to read it. */
  source: string;
  facts: BreachFacts;
  /** The regulator's conclusion; null where the source leaves it open. */
  expected: { authority: boolean | null; people: boolean | null; controller?: boolean };
  /** Why the regulator decided as it did, in our own words. */
  note: string;
}

/**
 * Facts a regulator's case states, over a base where nothing else happened. Sources seldom give a
 * count, and the later facts a case does not speak to stay unknown, as in a record made before them.
 */
export function facts(overrides: Partial<BreachFacts>): BreachFacts {
  const {
    neutralisingMeasure: _n,
    minorDetail: _m,
    ...base
  } = incident({ subjectCount: null, recordCount: null });
  return { ...base, ...overrides };
}

export const EDPB_01_2021 =
  'EDPB Guidelines 01/2021 on Examples regarding Personal Data Breach Notification, v2.0 (14 December 2021), https://www.edpb.europa.eu/system/files/2022-01/edpb_guidelines_012021_pdbnotification_adopted_en.pdf';
export const WP250 =
  'Article 29 WP, Guidelines on Personal data breach notification (WP250 rev.01, 6 February 2018), endorsed by the EDPB and carried into EDPB Guidelines 9/2022 v2.0 (28 March 2023)';
