/** The signed-in person as every authorisation decision sees them. */
export interface Actor {
  personId: string;
  displayName: string;
  email: string | null;
  isAdmin: boolean;
  locale: string | null;
  csrfToken: string;
  tokenHash: string;
  /** When the session ends (a cached actor must not outlive it). */
  expiresAt: Date;
}
