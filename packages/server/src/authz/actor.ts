/** The signed-in person as every authorisation decision sees them. */
export interface Actor {
  personId: string;
  displayName: string;
  email: string | null;
  isAdmin: boolean;
  locale: string | null;
  csrfToken: string;
  tokenHash: string;
  /** When this session signed in (erasure accepts a recent sign-in in place of a password). */
  signedInAt: Date;
  /** When the session ends (a cached actor must not outlive it). */
  expiresAt: Date;
}
