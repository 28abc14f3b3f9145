// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/TopLevelItem.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Upstream narrows getDescriptor() to TopLevelItemDescriptor, which is not mirrored.
package hudson.model;

import hudson.ExtensionPoint;

/** An item that can live directly in Jenkins (or a folder). */
public interface TopLevelItem extends Item, ExtensionPoint, Describable<TopLevelItem> {}
