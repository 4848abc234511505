// District names by id, for lists that show where something was said.
import { listDistricts, type Db } from './load';

export async function districtNames(db: Db, councilId: string): Promise<Map<string, string>> {
  return new Map((await listDistricts(db, councilId)).map((d) => [d.id, d.name]));
}
