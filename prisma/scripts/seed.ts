/** `npm run db:seed`: applies migrations, then seeds the demo data when it is not there yet. */
import { applyMigrations } from "../../lib/db/migrations";
import { createPrismaClient } from "../../lib/db/prisma";
import { seedDemo } from "../seed/seed-demo";
import { openDevDatabase } from "./dev-database";

const database = await openDevDatabase();
try {
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url);
  try {
    const started = performance.now();
    const seeded = await seedDemo(prisma);
    console.log(
      seeded
        ? `Demodata inlagd på ${Math.round(performance.now() - started)} ms.`
        : "Demodata finns redan; inget ändrades. Kör `npm run db:reset` för att börja om.",
    );
  } finally {
    await prisma.$disconnect();
  }
} finally {
  await database.close();
}
