package org.jointfunding.funding.calls;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Interceptor;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;
import org.jointfunding.funding.agencies.Agency;

import java.util.UUID;

/**
 * Tells {@link CallViews} which calls a transaction changes through Hibernate: a call, its sectors, countries or
 * criteria, a funder's share, or an agency (its country and currency show in every call it funds). SQL written by
 * hand tells it itself (the awards' budget ledger).
 */
@PersistenceUnitExtension
@ApplicationScoped
class CallChanges implements Interceptor {

    private final CallViews views;

    CallChanges(CallViews views) {
        this.views = views;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] state, Object[] previousState, String[] properties, Type[] types) {
        changed(entity, id);
        return false;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] properties, Type[] types) {
        changed(entity, id);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] properties, Type[] types) {
        changed(entity, id);
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

    private void changed(Object entity, Object id) {
        if (entity instanceof JointCall) {
            views.changing((UUID) id);
        } else if (entity instanceof Funder funder) {
            views.changing(funder.call.id);
        } else if (entity instanceof Agency) {
            views.changingAll();
        }
    }

    private void collectionChanged(Object collection, Object key) {
        if (collection instanceof PersistentCollection<?> persistent && persistent.getOwner() instanceof JointCall) {
            views.changing((UUID) key);
        }
    }
}
