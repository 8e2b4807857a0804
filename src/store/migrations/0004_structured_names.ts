// The parts of a person's name as address books keep them (prefix, given, middle, family,
// suffix), so a contact imported with "Dr." and a middle name is exported the same way.
// Nullable: people entered by hand have only the full name.
import type { Migration } from "./migration.js";

const NAME_PARTS = ["name_prefix", "given_name", "middle_name", "family_name", "name_suffix"];

export const structuredNames: Migration = {
  name: "0004_structured_names",
  async up(db) {
    for (const column of NAME_PARTS) {
      await db.schema.alterTable("people").addColumn(column, "text").execute();
    }
  },
};
