// Accounts for server mode, in the tables better-auth reads and writes (its names, its columns),
// created here with the rest of the schema rather than by a separate command. An account's user
// id is also its owner id: every row a seeker enters belongs to `owners.id` = `user.id`.
import type { Migration } from "./migration.js";

export const accounts: Migration = {
  name: "0005_accounts",
  async up(db, engine) {
    const pg = engine === "postgres";
    // better-auth writes instants as dates and flags as booleans; SQLite keeps them as text
    // and integers, which its adapter converts.
    const instant = pg ? "timestamptz" : "date";
    const flag = pg ? "boolean" : "integer";
    await db.schema
      .createTable("user")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("emailVerified", flag, (c) => c.notNull())
      .addColumn("image", "text")
      .addColumn("createdAt", instant, (c) => c.notNull())
      .addColumn("updatedAt", instant, (c) => c.notNull())
      .addColumn("role", "text")
      .addColumn("banned", flag)
      .addColumn("banReason", "text")
      .addColumn("banExpires", instant)
      .execute();
    await db.schema
      .createTable("session")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("expiresAt", instant, (c) => c.notNull())
      .addColumn("token", "text", (c) => c.notNull().unique())
      .addColumn("createdAt", instant, (c) => c.notNull())
      .addColumn("updatedAt", instant, (c) => c.notNull())
      .addColumn("ipAddress", "text")
      .addColumn("userAgent", "text")
      .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
      .addColumn("impersonatedBy", "text")
      .execute();
    await db.schema.createIndex("session_userId_idx").on("session").column("userId").execute();
    await db.schema
      .createTable("account")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("accountId", "text", (c) => c.notNull())
      .addColumn("providerId", "text", (c) => c.notNull())
      .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
      .addColumn("accessToken", "text")
      .addColumn("refreshToken", "text")
      .addColumn("idToken", "text")
      .addColumn("accessTokenExpiresAt", instant)
      .addColumn("refreshTokenExpiresAt", instant)
      .addColumn("scope", "text")
      .addColumn("password", "text")
      .addColumn("createdAt", instant, (c) => c.notNull())
      .addColumn("updatedAt", instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("account_userId_idx").on("account").column("userId").execute();
    await db.schema
      .createTable("verification")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("identifier", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("expiresAt", instant, (c) => c.notNull())
      .addColumn("createdAt", instant, (c) => c.notNull())
      .addColumn("updatedAt", instant, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("verification_identifier_idx")
      .on("verification")
      .column("identifier")
      .execute();
    // Request counts shared by every instance, so a limit holds however many run.
    await db.schema
      .createTable("rateLimit")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("key", "text", (c) => c.notNull().unique())
      .addColumn("count", "integer", (c) => c.notNull())
      .addColumn("lastRequest", "bigint", (c) => c.notNull())
      .execute();
    // Failed sign-ins per account and per address, for the lockout that answers 429.
    await db.schema
      .createTable("sign_in_failures")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("count", "integer", (c) => c.notNull())
      .addColumn("first_at", "text", (c) => c.notNull())
      .addColumn("locked_until", "text")
      .execute();
    // Server-wide settings an admin changes (open sign-up), one row per name.
    await db.schema
      .createTable("server_settings")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();
  },
};
