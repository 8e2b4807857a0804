// Outlook names its CSV columns in the language of its interface, so a German export says
// "Vorname" where an English one says "First Name". Every name the reader knows is in this one
// table: a new language is a new column here, nothing else.

export const OUTLOOK_LANGUAGES = ["en", "fr", "de", "es"] as const;
export type OutlookLanguage = (typeof OUTLOOK_LANGUAGES)[number];

/** One name per language, or several where Outlook versions differ. */
export type Names = Record<OutlookLanguage, string | readonly string[]>;

/** Single-valued fields. */
export const OUTLOOK_FIELDS = {
  namePrefix: { en: "Title", fr: "Titre", de: "Anrede", es: "Tratamiento" },
  givenName: { en: "First Name", fr: "Prénom", de: "Vorname", es: "Nombre" },
  middleName: {
    en: "Middle Name",
    fr: "Deuxième prénom",
    de: "Weitere Vornamen",
    es: "Segundo nombre",
  },
  familyName: { en: "Last Name", fr: "Nom", de: "Nachname", es: "Apellidos" },
  nameSuffix: { en: "Suffix", fr: "Suffixe", de: "Suffix", es: "Sufijo" },
  organization: { en: "Company", fr: "Société", de: "Firma", es: ["Organización", "Compañía"] },
  jobTitle: { en: "Job Title", fr: "Fonction", de: "Position", es: "Puesto" },
  notes: { en: "Notes", fr: "Notes", de: "Notizen", es: "Notas" },
  categories: { en: "Categories", fr: "Catégories", de: "Kategorien", es: "Categorías" },
  webPage: { en: "Web Page", fr: "Page Web", de: "Webseite", es: "Página web" },
  personalWebPage: {
    en: "Personal Web Page",
    fr: "Page Web personnelle",
    de: "Persönliche Webseite",
    es: "Página web personal",
  },
} as const satisfies Record<string, Names>;

export const OUTLOOK_EMAILS: readonly Names[] = [
  {
    en: "E-mail Address",
    fr: "Adresse de messagerie",
    de: "E-Mail-Adresse",
    es: "Dirección de correo electrónico",
  },
  {
    en: "E-mail 2 Address",
    fr: "Adresse de messagerie 2",
    de: "E-Mail 2: Adresse",
    es: "Dirección de correo electrónico 2",
  },
  {
    en: "E-mail 3 Address",
    fr: "Adresse de messagerie 3",
    de: "E-Mail 3: Adresse",
    es: "Dirección de correo electrónico 3",
  },
];

/** Phone columns with the label the number gets. */
export const OUTLOOK_PHONES: readonly [Names, string][] = [
  [
    {
      en: "Primary Phone",
      fr: "Téléphone principal",
      de: "Haupttelefon",
      es: "Teléfono principal",
    },
    "main",
  ],
  [
    {
      en: "Business Phone",
      fr: "Téléphone (bureau)",
      de: "Telefon geschäftlich",
      es: "Teléfono del trabajo",
    },
    "work",
  ],
  [
    {
      en: "Business Phone 2",
      fr: "Téléphone 2 (bureau)",
      de: "Telefon geschäftlich 2",
      es: "Teléfono del trabajo 2",
    },
    "work",
  ],
  [
    {
      en: "Company Main Phone",
      fr: "Téléphone société",
      de: "Telefon Firma",
      es: "Número de centralita de la organización",
    },
    "work main",
  ],
  [{ en: "Mobile Phone", fr: "Tél. mobile", de: "Mobiltelefon", es: "Teléfono móvil" }, "mobile"],
  [
    { en: "Home Phone", fr: "Téléphone (domicile)", de: "Telefon privat", es: "Particular" },
    "home",
  ],
  [
    {
      en: "Home Phone 2",
      fr: "Téléphone 2 (domicile)",
      de: "Telefon privat 2",
      es: "Particular 2",
    },
    "home",
  ],
  [
    { en: "Other Phone", fr: "Autre téléphone", de: "Weiteres Telefon", es: "Otro teléfono" },
    "other",
  ],
  [
    { en: "Business Fax", fr: "Télécopie (bureau)", de: "Fax geschäftlich", es: "Fax del trabajo" },
    "work fax",
  ],
  [
    { en: "Home Fax", fr: "Télécopie (domicile)", de: "Fax privat", es: "Fax particular" },
    "home fax",
  ],
  [{ en: "Other Fax", fr: "Autre télécopie", de: "Weiteres Fax", es: "Otro fax" }, "other fax"],
  [{ en: "Pager", fr: "Récepteur de radiomessagerie", de: "Pager", es: "Localizador" }, "pager"],
  [
    { en: "Car Phone", fr: "Téléphone voiture", de: "Autotelefon", es: "Teléfono del coche" },
    "car",
  ],
  [
    {
      en: "Assistant's Phone",
      fr: "Téléphone de l'assistant(e)",
      de: "Telefon Assistent",
      es: "Teléfono del ayudante",
    },
    "assistant",
  ],
];

interface AddressNames {
  street: Names;
  street2: Names;
  street3: Names;
  city: Names;
  region: Names;
  postalCode: Names;
  country: Names;
}

/** Postal addresses with their label. */
export const OUTLOOK_ADDRESSES: readonly [AddressNames, string][] = [
  [
    {
      street: {
        en: "Business Street",
        fr: "Rue (bureau)",
        de: "Straße geschäftlich",
        es: "Calle del trabajo",
      },
      street2: {
        en: "Business Street 2",
        fr: "Rue (bureau) 2",
        de: "Straße geschäftlich 2",
        es: "Calle del trabajo 2",
      },
      street3: {
        en: "Business Street 3",
        fr: "Rue (bureau) 3",
        de: "Straße geschäftlich 3",
        es: "Calle del trabajo 3",
      },
      city: {
        en: "Business City",
        fr: "Ville (bureau)",
        de: "Ort geschäftlich",
        es: "Ciudad de trabajo",
      },
      region: {
        en: "Business State",
        fr: "Dép/Région (bureau)",
        de: "Region geschäftlich",
        es: "Provincia o estado de trabajo",
      },
      postalCode: {
        en: "Business Postal Code",
        fr: "Code postal (bureau)",
        de: "Postleitzahl geschäftlich",
        es: "Código postal del trabajo",
      },
      country: {
        en: ["Business Country/Region", "Business Country"],
        fr: "Pays/Région (bureau)",
        de: "Land/Region geschäftlich",
        es: "País o región del trabajo",
      },
    },
    "work",
  ],
  [
    {
      street: {
        en: "Home Street",
        fr: "Rue (domicile)",
        de: "Straße privat",
        es: "Calle del domicilio",
      },
      street2: {
        en: "Home Street 2",
        fr: "Rue (domicile) 2",
        de: "Straße privat 2",
        es: "Calle del domicilio 2",
      },
      street3: {
        en: "Home Street 3",
        fr: "Rue (domicile) 3",
        de: "Straße privat 3",
        es: "Calle del domicilio 3",
      },
      city: {
        en: "Home City",
        fr: "Ville (domicile)",
        de: "Ort privat",
        es: "Ciudad de residencia",
      },
      region: {
        en: "Home State",
        fr: "Dép/Région (domicile)",
        de: "Bundesland/Kanton privat",
        es: "Provincia o estado de residencia",
      },
      postalCode: {
        en: "Home Postal Code",
        fr: "Code postal (domicile)",
        de: "Postleitzahl privat",
        es: "Código postal de residencia",
      },
      country: {
        en: ["Home Country/Region", "Home Country"],
        fr: "Pays/Région (domicile)",
        de: "Land/Region privat",
        es: "País o región de residencia",
      },
    },
    "home",
  ],
  [
    {
      street: { en: "Other Street", fr: "Rue (autre)", de: "Weitere Straße", es: "Otra calle" },
      street2: {
        en: "Other Street 2",
        fr: "Rue (autre) 2",
        de: "Weitere Straße 2",
        es: "Otra calle 2",
      },
      street3: {
        en: "Other Street 3",
        fr: "Rue (autre) 3",
        de: "Weitere Straße 3",
        es: "Otra calle 3",
      },
      city: { en: "Other City", fr: "Ville (autre)", de: "Weiterer Ort", es: "Otra ciudad" },
      region: {
        en: "Other State",
        fr: "Dép/Région (autre)",
        de: "Weiteres/r Bundesland/Kanton",
        es: "Otra provincia o estado",
      },
      postalCode: {
        en: "Other Postal Code",
        fr: "Code postal (autre)",
        de: "Weitere Postleitzahl",
        es: "Otro código postal",
      },
      country: {
        en: ["Other Country/Region", "Other Country"],
        fr: "Pays/Région (autre)",
        de: "Weiteres/r Land/Region",
        es: "Otro país o región",
      },
    },
    "other",
  ],
];
