import type { ContactPerson, Organisation } from '../types';
import { ownProfile, type Settings } from '../../incident/settings';
import { formatOrgNr } from '../../org';

// The organisation and its people, as the documents print them, from the settings. Empty settings
// give empty values, which the documents print as "not yet known" rather than blank.

const orNull = (value: string | undefined): string | null =>
  value && value.trim() !== '' ? value.trim() : null;

/** The DPO's title in each language: every document prints the one of its own language. */
const DPO_ROLE = { nb: 'personvernombud', en: 'data protection officer' } as const;

export function organisationOf(settings: Settings | undefined): Organisation {
  return {
    name: orNull(settings?.organisationName) ?? '',
    orgNumber: settings?.orgNr ? formatOrgNr(settings.orgNr) : null,
    address: orNull(settings?.address),
    email: orNull(settings?.contact.email),
    phone: orNull(settings?.contact.phone),
  };
}

/** Art. 33(3)(b): the DPO, when one is designated. */
export function dpoOf(settings: Settings | undefined): ContactPerson | null {
  const dpo = settings?.dpo;
  if (!dpo || dpo.name.trim() === '') return null;
  return { name: dpo.name, role: { ...DPO_ROLE }, email: orNull(dpo.email), phone: orNull(dpo.phone) };
}

/** The organisation's contact person. */
export function contactOf(settings: Settings | undefined): ContactPerson {
  return {
    name: orNull(settings?.contact.name),
    email: orNull(settings?.contact.email),
    phone: orNull(settings?.contact.phone),
  };
}

/** Where people get more information: the DPO if there is one, else the contact person. */
export function contactPointOf(settings: Settings | undefined): ContactPerson {
  return dpoOf(settings) ?? contactOf(settings);
}

/**
 * The person sending the notice («innmelder», EDPB template 21–24): the user of this installation
 * with their own role and contact details; where they have not given them, the organisation's.
 */
export function reporterOf(settings: Settings | undefined): ContactPerson {
  const profile = settings ? ownProfile(settings) : null;
  return {
    name: orNull(profile?.name) ?? orNull(settings?.contact.name),
    role: orNull(profile?.role),
    email: orNull(profile?.email) ?? orNull(settings?.contact.email),
    phone: orNull(profile?.phone) ?? orNull(settings?.contact.phone),
  };
}
