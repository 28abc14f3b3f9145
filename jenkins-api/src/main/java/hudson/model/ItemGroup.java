// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/ItemGroup.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: the allItems/getAllItems defaults (they delegate to hudson.model.Items, not mirrored) and getItemName.
package hudson.model;

import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;

/** A container of {@link Item}s: Jenkins itself, or a folder. */
public interface ItemGroup<T extends Item> extends PersistenceRoot, ModelObject {
    String getFullName();

    String getFullDisplayName();

    /** The items directly in this group. */
    Collection<T> getItems();

    default Collection<T> getItems(Predicate<T> pred) {
        return getItemsStream(pred).collect(Collectors.toList());
    }

    default Stream<T> getItemsStream() {
        return getItems().stream();
    }

    default Stream<T> getItemsStream(Predicate<T> pred) {
        return getItemsStream().filter(pred);
    }

    /** URL of this group relative to the context root, ending with a slash. */
    String getUrl();

    /** URL segment between this group's URL and a child's name, such as "job". */
    String getUrlChildPrefix();

    /** The item with the given name, or null. */
    T getItem(String name) throws AccessDeniedException;

    /** Directory where a child persists. */
    File getRootDirFor(T child);

    default void onRenamed(T item, String oldName, String newName) throws IOException {}

    void onDeleted(T item) throws IOException;
}
