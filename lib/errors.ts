import { isDatabaseUnavailable } from "@/lib/db/unavailable";

/** Expected failures, each with a Swedish message a person understands and an HTTP status. */
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID" | "RATE_LIMITED" | "UNAUTHENTICATED" | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Du behöver logga in.",
  FORBIDDEN: "Du har inte behörighet att göra detta.",
  NOT_FOUND: "Det du letar efter finns inte, eller så har du inte tillgång till det.",
  CONFLICT: "Uppgiften har ändrats av någon annan. Ladda om och försök igen.",
  INVALID: "Uppgifterna är inte giltiga.",
  RATE_LIMITED: "För många försök. Vänta en stund och försök igen.",
  UNAVAILABLE: "Tjänsten når inte sin databas just nu, så det du gjorde sparades inte. Vänta en stund och försök igen.",
};

export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message = DEFAULT_MESSAGES[code]) {
    super(message);
    this.code = code;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** The error as an expected failure (a database outage counts as one), or null for a real fault. */
export function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new AppError("UNAVAILABLE");
  return null;
}

/** For pages: the result, or null when the data layer says the thing is not there (the page then shows 404). */
export async function unlessNotFound<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
