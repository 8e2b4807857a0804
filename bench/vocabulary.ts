// Words the generator draws from: names from many places (accents included, since search must
// fold them), job titles by role, and the parts organization names are built from. Lists are
// written as comma-separated text to keep this file short.
import type { Role } from "../src/domain/vocabulary.js";

const list = (text: string): readonly string[] =>
  text
    .split(",")
    .map((word) => word.trim())
    .filter((word) => word.length > 0);

export const FIRST_NAMES = list(`Aaliyah, Abdul, Ada, Adrián, Agnieszka, Ahmed, Aiko, Alejandro,
  Alex, Alice, Amara, Amélie, Ana, André, Andrea, Anja, Ann, Antoine, Arjun, Astrid, Ayşe, Beatriz,
  Ben, Bianca, Björn, Bruno, Camille, Carlos, Carmen, Chen, Chiara, Chloé, Chris, Clara, Dana,
  Daniel, David, Deepa, Diego, Dmitri, Elena, Elif, Émile, Emma, Erik, Esther, Fatima, Felipe,
  Francesca, François, Gabriel, Grace, Hana, Hannah, Hélène, Hiroshi, Ibrahim, Inés, Ingrid,
  Isabel, Ivan, Jamal, James, Javier, Jean, Jiří, Joana, João, Jonas, José, Julia, June, Jürgen,
  Kai, Karin, Kenji, Kwame, Lars, Laura, Lee, Léa, Leila, Lena, Liam, Lucía, Luis, Maja, Manuel,
  Marco, María, Mariana, Mark, Marta, Mateo, Mehmet, Mia, Michael, Miguel, Mónica, Nadia, Naomi,
  Nikolai, Noah, Noémie, Nora, Olivia, Omar, Pablo, Paula, Pedro, Pierre, Priya, Rafael, Raquel,
  Ravi, Rosa, Ruth, Sam, Samuel, Sara, Sebastián, Sofía, Søren, Stefan, Sven, Tariq, Thomas,
  Tomás, Valentina, Víctor, Wei, Yara, Yusuf, Zoë, Zsófia`);

export const LAST_NAMES = list(`Abbott, Adeyemi, Aguilar, Álvarez, Andersen, Bauer, Becker,
  Bianchi, Björklund, Brown, Castillo, Chen, Costa, Çelik, Dąbrowski, Da Silva, Díaz, Dubois,
  Dvořák, Eriksson, Fernández, Fischer, Fontaine, García, Gómez, González, Gruber, Gupta, Hansen,
  Hernández, Hoffmann, Hughes, Ibáñez, Ito, Jansen, Jiménez, Johansson, Kim, Klein, Kowalski,
  Kumar, Larsen, Laurent, Lefèvre, López, Martin, Martínez, Meyer, Moreau, Morales, Müller,
  Murphy, Nakamura, Nguyen, Nielsen, Novák, Núñez, O'Brien, Okafor, Olsen, Ortiz, Park, Pereira,
  Pérez, Petrov, Popescu, Quintero, Raman, Ramírez, Reyes, Richter, Rodríguez, Romero, Rossi,
  Ruiz, Sánchez, Santos, Sato, Schäfer, Schmidt, Schneider, Schröder, Silva, Singh, Smith,
  Søndergaard, Suárez, Suzuki, Tanaka, Taylor, Thompson, Torres, Vargas, Vázquez, Wagner, Walker,
  Wang, Weber, Williams, Wójcik, Yılmaz, Zhang, Zimmermann`);

export const INDUSTRIES: readonly { name: string; segments: string[] }[] = [
  { name: "Consumer goods distribution", segments: ["manufacturers", "distributors", "retail"] },
  { name: "Software", segments: ["enterprise", "consumer", "developer tools"] },
  { name: "Healthcare", segments: ["hospitals", "clinics", "medical devices"] },
  { name: "Financial services", segments: ["banks", "insurers", "payments"] },
  { name: "Logistics", segments: ["freight", "warehousing", "last mile"] },
  { name: "Energy", segments: ["utilities", "renewables", "oil and gas"] },
];

/** 60 stems × 50 suffixes: 3,000 distinct organization names. */
export const ORGANIZATION_STEMS = list(`Northwind, Contoso, Fabrikam, Tailspin, Adatum, Litware,
  Proseware, Wingtip, Woodgrove, Alpine, Fourth Coffee, Lucerne, Margie's, Trey, Wide World, Coho,
  Humongous, Blue Yonder, Graphic Design, Southridge, Consolidated, Relecloud, Munson's,
  VanArsdel, Bellows, Datum, Lamna, Fincher, Nod, Olympia, Tasmanian, Wolfe, Zava, Alderon,
  Brightwater, Cedar, Driftwood, Evergreen, Falcon, Granite, Harbor, Ironbridge, Juniper,
  Keystone, Lighthouse, Meridian, Nordlicht, Orchard, Pinnacle, Quarry, Riverbend, Summit,
  Thornbury, Umbra, Vértice, Westgate, Xanadu, Yellowstone, Zürich Street, Añil`);

export const ORGANIZATION_SUFFIXES = list(`Traders, Logistics, Health, Bank, Software, Foods,
  Energy, Freight, Analytics, Retail, Wholesale, Labs, Systems, Partners, Insurance, Clinic, Power,
  Supply, Distribution, Capital, Pharma, Networks, Markets, Group, Industries, Solutions,
  Holdings, Consulting, Transport, Warehousing, Payments, Devices, Cloud, Media, Robotics,
  Outfitters, Grocers, Utilities, Renewables, Hospital, Brokers, Shipping, Data, Works,
  Trading Co, Mills, Goods, Ventures, Services, Collective`);

export const TITLES_BY_ROLE: Readonly<Record<Role, readonly string[]>> = {
  practitioner: list(`Supply chain analyst, Demand planner, Software engineer, Data analyst,
    Buyer, Nurse practitioner, Financial analyst, Product designer, Logistics coordinator,
    Energy trader, Account manager, Operations analyst`),
  supervisor: list(`Inventory planning supervisor, Engineering manager, Analytics team lead,
    Operations supervisor, Head nurse, Warehouse manager`),
  hiring_manager: list(`Director of operations, VP of engineering, Head of supply chain,
    Finance director, Chief medical officer, Head of data`),
  industry_leader: list("Association president, Industry consultant, Principal analyst"),
  recruiter: list("Talent partner, Technical recruiter, Recruiting coordinator"),
  other: list("Regional manager, Founder, Professor, Writer, Student"),
};

export const TAGS = list("warm, alumni, knows everyone, met at conference, slack group");

export const NOTES = list(
  `Met at the spring meetup; Knows the planning team well; Moved from
  retail to analytics; Mentors career changers; Prefers email over calls; Runs the local chapter;
  Writes about supply chains`.replace(/;/g, ","),
);

export const TOUCHPOINT_SUMMARIES = list(`Sent an article about inventory forecasting,
  Congratulated them on the new role, Shared notes from the meetup, They sent a job posting,
  Forwarded a podcast episode, They introduced me to a colleague, Thanked them again with an
  update, Commented on their post`);

export const INSIGHT_TEXTS = list(
  `Margins are thin and forecasting is where analysts earn their
  keep; Hiring happens in spring after budgets are set; The team moved from spreadsheets to a
  planning tool last year; They value operations experience over certificates; Most analysts
  started in stores or warehouses; The job is half data and half persuading buyers`.replace(
    /;/g,
    ",",
  ),
);

export const GLOSSARY = list(`fill rate, lead time, safety stock, SKU, cycle count, EBITDA,
  churn, run rate, backlog, SLA, throughput, dwell time`);
