import { aliasIndex, entityIndex } from "../entity/entityIndex.js";
import type { Entity, EntityAliases } from "../entity/types.js";

/**
 * A gazetteer entity, or one of the caller's `aliases`, by id.
 *
 * @internal
 */
export const entityById = (id: string, aliases: EntityAliases | undefined): Entity | undefined =>
  entityIndex().byId.get(id) ?? (aliases !== undefined ? aliasIndex(aliases).custom.get(id) : undefined);
