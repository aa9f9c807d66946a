import { afterEach, describe, expect, it, vi } from "vitest";
import { putAnswer } from "@/components/self-assessment/put-answer";

const request = { questionId: "0196b3a0-0000-7000-8000-000000000001", value: "Svar", expectedVersion: 2 };

function answerWith(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe("putAnswer (the questionnaire's autosave request)", () => {
  it("sends the answer as JSON to the self-assessment's endpoint and reads the new version", async () => {
    const fetchMock = answerWith(200, { value: "Svar", version: 3 });
    expect(await putAnswer("sa-1", request)).toEqual({ ok: true, data: { status: "saved", value: '"Svar"', version: "3" } });
    expect(fetchMock).toHaveBeenCalledWith("/api/egenrapportering/sa-1/svar", expect.objectContaining({ method: "PUT", body: JSON.stringify(request) }));
  });

  it("hands back the stored answer on a conflict", async () => {
    answerWith(409, { message: "Svaret har ändrats någon annanstans sedan du började skriva.", current: { value: "Annat", version: 4 } });
    expect(await putAnswer("sa-1", request)).toMatchObject({ ok: false, data: { status: "conflict", value: '"Annat"', version: "4" } });
  });

  it("asks to try again during a database outage, keeping the server's message", async () => {
    answerWith(503, { message: "Tjänsten når inte sin databas just nu, så det du gjorde sparades inte. Vänta en stund och försök igen." });
    expect(await putAnswer("sa-1", request)).toMatchObject({ ok: false, data: { status: "unavailable" }, message: expect.stringContaining("databas") });
  });

  it("shows the server's message for an answer that does not fit, and explains a lost sign-in", async () => {
    answerWith(422, { message: "Ange ett tal, till exempel 12 eller 3,5." });
    expect(await putAnswer("sa-1", request)).toEqual({ ok: false, message: "Ange ett tal, till exempel 12 eller 3,5." });
    answerWith(401, { message: "Du behöver logga in." });
    expect((await putAnswer("sa-1", request)).message).toMatch(/utloggad/);
  });

  it("throws when the server cannot be reached at all, so the edit is kept and retried", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    await expect(putAnswer("sa-1", request)).rejects.toThrow("Failed to fetch");
  });
});
