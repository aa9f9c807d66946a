import { describe, expect, it } from "vitest";
import { attachmentDisposition, checkEvidence, MAX_EVIDENCE_BYTES, safeFileName } from "@/lib/storage/evidence";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

describe("evidence files", () => {
  it("are judged by content: a PDF is a PDF whatever it is called", async () => {
    expect(await checkEvidence(Buffer.from("%PDF-1.7\n1 0 obj\n"))).toEqual({ ok: true, ext: "pdf", mime: "application/pdf" });
    expect(await checkEvidence(PNG)).toMatchObject({ ok: true, ext: "png" });
  });

  it("refuses a script or page however it is named, an empty file and a too large one", async () => {
    expect(await checkEvidence(Buffer.from("<html><script>alert(1)</script></html>"))).toMatchObject({ ok: false, message: expect.stringMatching(/Filtypen stöds inte/) });
    expect(await checkEvidence(Buffer.from("MZ\x90\x00\x03"))).toMatchObject({ ok: false });
    expect(await checkEvidence(new Uint8Array())).toEqual({ ok: false, message: "Filen är tom." });
    expect(await checkEvidence(new Uint8Array(MAX_EVIDENCE_BYTES + 1))).toEqual({ ok: false, message: "Filen är större än 10 MB." });
  });

  it("get safe names with the extension of their real type", () => {
    expect(safeFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(safeFileName("C:\\Users\\x\\Försäkringsbrev 2020.exe", "pdf")).toBe("Försäkringsbrev 2020.pdf");
    expect(safeFileName("rutin<script>.docx", "docx")).toBe("rutin_script_.docx");
    expect(safeFileName("...", "png")).toBe("underlag.png");
    expect(safeFileName("a".repeat(300), "pdf")).toHaveLength(104);
  });

  it("are always sent as downloads, with the name encoded", () => {
    expect(attachmentDisposition("Försäkring \"ny\".pdf")).toBe(`attachment; filename="F_rs_kring _ny_.pdf"; filename*=UTF-8''F%C3%B6rs%C3%A4kring%20%22ny%22.pdf`);
  });
});
