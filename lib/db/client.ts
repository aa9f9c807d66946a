import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "./prisma";

// One client per process, kept across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL);

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
