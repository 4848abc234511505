// The my-items kit's ports: each domain that keeps a young person's own words contributes a source of the phone's
// items of its kind; others contribute links (themes and answers) and the safeguarding record's "a person has read it".
import type { MyItem, MyItemKind } from '../../shared/my-items';
import type { SafeguardingKind } from '../../shared/safeguarding';
import type { Db, Trx } from '../db/schema';
import type { DeviceAuth } from '../lib/route';
import type { Ports } from '../ports/ports';

export interface MyItemScope {
  councilId: string;
  deviceId: string;
  /** The server's clock at this pull (absent: the real time). */
  now?: Date;
}

/** One of the phone's own items with what the honest-journey rule needs to know about its row. */
export interface OwnItem {
  item: MyItem;
  /** The row's id (what links, the safeguarding queue and take-back act on); item.id is the op id. */
  rowId: string;
  status: string;
  withdrawnAt: string | null;
}

export interface MyItemSource {
  kind: MyItemKind;
  /** This phone's items of this kind made by these ops (other phones' items are never found). */
  load(db: Db, scope: MyItemScope, opIds: readonly string[]): Promise<OwnItem[]>;
}

export interface ItemLinks {
  themeIds: string[];
  feedItemIds: string[];
  /** When the latest link was made (null: no link). */
  at: string | null;
}

/** Themes and answers that take up a phone's items of one kind. */
export interface MyItemLinkSource {
  kind: MyItemKind;
  links(db: Db, rowIds: readonly string[]): Promise<Map<string, ItemLinks>>;
}

/** When a person first recorded an action on items kept private for safeguarding, by `${kind}:${rowId}`. */
export interface SeenByPersonSource {
  firstActions(db: Db, councilId: string, rows: ReadonlyArray<{ kind: SafeguardingKind; rowId: string }>): Promise<Map<string, string>>;
}

export type WithdrawCause = 'safeguarding' | 'hidden' | 'taken-back';

export interface WithdrawInput {
  councilId: string;
  /** The row id, not the op id. */
  id: string;
  cause: WithdrawCause;
  /** Who moved it (null when the young person took it back). */
  staffId: string | null;
  now: Date;
}

/** "Take this back" for one kind of item. */
export interface WithdrawalHandler {
  kind: MyItemKind;
  /** The row of this phone's item made by op `itemId`, when it is of this kind. */
  find(trx: Trx, device: DeviceAuth, itemId: string): Promise<string | undefined>;
  withdraw(trx: Trx, input: WithdrawInput, ports: Ports): Promise<void>;
}
