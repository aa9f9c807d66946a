/** `npm run db:reset`: empties the development database, then migrates and seeds it again. */
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrations";
import { createPrismaClient } from "../../lib/db/prisma";
import { seedDemo } from "../seed/seed-demo";
import { openDevDatabase } from "./dev-database";

if (process.env.DATABASE_URL && !process.argv.includes("--yes")) {
  console.error("DATABASE_URL är satt. Lägg till --yes om du verkligen vill tömma den databasen.");
  process.exit(2);
}
const database = await openDevDatabase();
try {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url);
  try {
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
  console.log("Databasen är återställd med demodata.");
} finally {
  await database.close();
}
