import type { ContactPerson, Lang, Organisation } from '../../../shared/documents';
import type { Settings } from '../../../shared/incident/settings';
import { formatOrgNr } from '../../../shared/org';

// The organisation and its people, as the documents print them, from the settings. Empty settings
// give empty values, which the documents print as "not yet known" rather than blank.

const orNull = (value: string | undefined): string | null =>
  value && value.trim() !== '' ? value.trim() : null;

const DPO_ROLE: Record<Lang, string> = { nb: 'personvernombud', en: 'data protection officer' };

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
export function dpoOf(settings: Settings | undefined, lang: Lang): ContactPerson | null {
  const dpo = settings?.dpo;
  if (!dpo || dpo.name.trim() === '') return null;
  return { name: dpo.name, role: DPO_ROLE[lang], email: orNull(dpo.email), phone: orNull(dpo.phone) };
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
export function contactPointOf(settings: Settings | undefined, lang: Lang): ContactPerson {
  return dpoOf(settings, lang) ?? contactOf(settings);
}

/** The person sending the notice: the user, reached through the organisation's contact details. */
export function reporterOf(settings: Settings | undefined): ContactPerson {
  return {
    name: orNull(settings?.userName) ?? orNull(settings?.contact.name),
    email: orNull(settings?.contact.email),
    phone: orNull(settings?.contact.phone),
  };
}
