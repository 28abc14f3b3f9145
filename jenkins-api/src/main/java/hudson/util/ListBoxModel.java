// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/util/ListBoxModel.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: the HttpResponse side (writeTo, generateResponse) and the @ExportedBean/@Exported annotations.
package hudson.util;

import hudson.model.ModelObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;

/** Options of a drop-down list, as returned by doFillXyzItems methods. */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> {
    private static final long serialVersionUID = 1L;

    /** One option. */
    public static final class Option {
        /** Text shown. */
        public String name;

        /** Value submitted. */
        public String value;

        /** Whether it is selected initially. */
        public boolean selected;

        public Option(String name, String value) {
            this(name, value, false);
        }

        public Option(String name) {
            this(name, name, false);
        }

        public Option(String name, String value, boolean selected) {
            this.name = name;
            this.value = value;
            this.selected = selected;
        }

        @Override
        public String toString() {
            return name + "=" + value + (selected ? "[selected]" : "");
        }
    }

    public ListBoxModel(int initialCapacity) {
        super(initialCapacity);
    }

    public ListBoxModel() {
    }

    public ListBoxModel(Collection<Option> c) {
        super(c);
    }

    public ListBoxModel(Option... data) {
        super(Arrays.asList(data));
    }

    public void add(String displayName, String value) {
        add(new Option(displayName, value));
    }

    public void add(ModelObject usedForDisplayName, String value) {
        add(usedForDisplayName.getDisplayName(), value);
    }

    /** Adds an option whose name and value are the same; returns this. */
    public ListBoxModel add(String nameAndValue) {
        add(nameAndValue, nameAndValue);
        return this;
    }

    @Deprecated
    public Option[] values() {
        return toArray(new Option[size()]);
    }
}
