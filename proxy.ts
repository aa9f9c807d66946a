import { withAuth } from "next-auth/middleware";

// Redirects signed-out visitors to the sign-in page. Access itself is checked by every page,
// action and route handler on the server (lib/auth), never here.
export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!api/auth|login|rapporter|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
