package org.jointfunding.funding.common;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Interceptor;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;

/**
 * Tells {@link KeptReads} of every entity a transaction writes, removes, or whose collections it changes (the
 * owner, then), as Hibernate flushes it.
 */
@PersistenceUnitExtension
@ApplicationScoped
class ChangedEntities implements Interceptor {

    private final KeptReads kept;

    ChangedEntities(KeptReads kept) {
        this.kept = kept;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] state, Object[] previousState, String[] properties, Type[] types) {
        kept.entityChanged(entity, id);
        return false;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] properties, Type[] types) {
        kept.entityChanged(entity, id);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] properties, Type[] types) {
        kept.entityChanged(entity, id);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        collectionChanged(collection, key);
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        collectionChanged(collection, key);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        collectionChanged(collection, key);
    }

    private void collectionChanged(Object collection, Object key) {
        if (collection instanceof PersistentCollection<?> persistent && persistent.getOwner() != null) {
            kept.entityChanged(persistent.getOwner(), key);
        }
    }
}
