import { z } from "zod";

/**
 * zod for the form schemas, which also run in the browser. Without `jitless` zod probes for eval
 * with `new Function`, which our Content Security Policy refuses (and the browser reports as a
 * violation even though zod catches it); the interpreted path is fast enough for forms.
 */
z.config({ jitless: true });
// Messages a schema does not set itself come in Swedish too (the app's own are written per field).
z.config(z.locales.sv());

export { z };
