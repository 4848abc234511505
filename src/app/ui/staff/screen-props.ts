// What every staff screen is given by the staff frame.
import type { StaffMe } from '../../../shared/staff';

export interface StaffScreenProps {
  me: StaffMe;
  /** Any error from the server: a 401 signs the staff member out, saying why. */
  onError: (e: unknown) => void;
  /** The council changed (name, districts): the staff area reads the signed-in member afresh. */
  onCouncilChanged: () => void;
}
