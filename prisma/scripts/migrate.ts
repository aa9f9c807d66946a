/** `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded dev database. */
import { applyMigrations } from "../../lib/db/migrations";
import { openDevDatabase } from "./dev-database";

const database = await openDevDatabase();
try {
  const result = await applyMigrations(database.url);
  console.log(
    result.applied.length
      ? `Körde ${result.applied.length} migrering(ar): ${result.applied.join(", ")}`
      : `Databasen är redan uppdaterad (${result.alreadyApplied} migreringar).`,
  );
} finally {
  await database.close();
}
