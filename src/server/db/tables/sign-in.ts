// Tables added by the sign-in migration (009). The column it added to sign_in_throttle is declared with that table.

/** Browsers that have signed in to a staff account before, by a hash of their random cookie value. */
export interface StaffKnownDevicesTable {
  staff_id: string;
  /** sha256 of the `__Host-heard-device` cookie value. */
  device_hash: string;
  /** ms since the epoch. */
  created_at: number | string;
  /** ms since the epoch; pushed back at each sign-in from this browser. */
  expires_at: number | string;
}

export interface SignInTables {
  staff_known_devices: StaffKnownDevicesTable;
}
