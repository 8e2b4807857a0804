// Row types of the tables server mode adds (migration 0005): better-auth's, in its own names
// and columns, and ours beside them. Dates are Date objects on PostgreSQL and ISO text on
// SQLite; better-auth's adapter converts, and our own code reads only what it wrote.
export interface AuthUserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean | number;
  image: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  role: string | null;
  banned: boolean | number | null;
  banReason: string | null;
  banExpires: Date | string | null;
}

export interface SignInFailureTable {
  key: string;
  count: number;
  first_at: string;
  locked_until: string | null;
}

export interface ServerSettingTable {
  name: string;
  value: string;
}

export interface AuthAccountTable {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  password: string | null;
}
